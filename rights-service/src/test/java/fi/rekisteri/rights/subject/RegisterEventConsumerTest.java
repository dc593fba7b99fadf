package fi.rekisteri.rights.subject;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import fi.rekisteri.rights.support.EventProducer;
import fi.rekisteri.rights.support.RightsStack;
import fi.rekisteri.rights.support.Tokens;
import fi.rekisteri.stack.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The producer's golden events, through the real broker, applied once each. */
@QuarkusTest
@WithTestResource(RightsStack.class)
class RegisterEventConsumerTest {

  private static final Path CONTRACTS = Path.of("../register-service/src/main/resources/contracts");

  private static String golden(String name, UUID subjectId, UUID eventId) {
    try {
      return Files.readString(CONTRACTS.resolve("examples").resolve(name))
          .replace("11111111-1111-1111-1111-111111111111", subjectId.toString())
          .replace("22222222-2222-2222-2222-222222222222", eventId.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void givenContactCreatedTwice_whenConsumed_thenSubjectKnownWithOneEvent() {
    UUID subject = UUID.randomUUID();
    UUID eventId = UUID.randomUUID();
    String event = golden("ContactCreated.json", subject, eventId);

    EventProducer.send("contact.events", subject.toString(), event);
    EventProducer.send("contact.events", subject.toString(), event);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .header("Authorization", Tokens.bearer("dpo"))
                    .get("/api/v1/subjects/{id}", subject)
                    .then()
                    .statusCode(200)
                    .body("subject.lastEventType", equalTo("ContactCreated"))
                    .body("events", hasSize(1)));
  }

  @Test
  void givenPoisonMessage_whenConsumed_thenItLandsInTheDeadLetterTopic() {
    String poison = "{not json " + UUID.randomUUID();
    EventProducer.send("contact.events", UUID.randomUUID().toString(), poison);

    List<ConsumerRecord<String, String>> dead =
        TopicReader.readUntil(
            List.of("rights-service.register-events.dlq"),
            Duration.ofSeconds(30),
            read -> read.stream().anyMatch(r -> poison.equals(r.value())));

    assertThat(dead).extracting(ConsumerRecord::value).contains(poison);
  }

  @Test
  void givenRecordBreakingTheContract_whenConsumed_thenDeadLetteredAndSubjectUntouched() {
    UUID subject = UUID.randomUUID();
    String unknownField =
        golden("ContactRestricted.json", subject, UUID.randomUUID())
            .replace("\"schemaVersion\"", "\"reason\": \"x\", \"schemaVersion\"");
    String wrongSubjectType =
        golden("ContactRestricted.json", subject, UUID.randomUUID())
            .replace("\"" + subject + "\",\n  \"occurredAt\"", "42,\n  \"occurredAt\"");
    assertThat(wrongSubjectType).contains("\"subjectId\": 42");
    EventProducer.send("contact.events", subject.toString(), unknownField);
    EventProducer.send("contact.events", subject.toString(), wrongSubjectType);
    EventProducer.send(
        "contact.events",
        subject.toString(),
        golden("ContactCreated.json", subject, UUID.randomUUID()));

    List<ConsumerRecord<String, String>> dead =
        TopicReader.readUntil(
            List.of("rights-service.register-events.dlq"),
            Duration.ofSeconds(30),
            read ->
                read.stream()
                    .map(ConsumerRecord::value)
                    .toList()
                    .containsAll(List.of(unknownField, wrongSubjectType)));
    assertThat(dead).extracting(ConsumerRecord::value).contains(unknownField, wrongSubjectType);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .header("Authorization", Tokens.bearer("dpo"))
                    .get("/api/v1/subjects/{id}", subject)
                    .then()
                    .statusCode(200)
                    .body("subject.restricted", equalTo(false))
                    .body("events", hasSize(1)));
  }

  @Test
  void givenPoisonMessage_whenConsumed_thenLaterEventsStillApplied() {
    UUID subject = UUID.randomUUID();
    EventProducer.send("contact.events", subject.toString(), "{not json");
    EventProducer.send(
        "contact.events",
        subject.toString(),
        golden("ContactErased.json", subject, UUID.randomUUID()));

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .header("Authorization", Tokens.bearer("dpo"))
                    .get("/api/v1/subjects/{id}", subject)
                    .then()
                    .statusCode(200)
                    .body("subject.lastEventType", equalTo("ContactErased")));
  }
}
