package fi.rekisteri.rights.subject;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import fi.rekisteri.rights.support.EventProducer;
import fi.rekisteri.rights.support.RightsStack;
import fi.rekisteri.stack.TestTokens;
import fi.rekisteri.stack.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The producer's golden events, through the real broker, applied once each. */
@QuarkusTest
@WithTestResource(RightsStack.class)
class RegisterEventConsumerTest {

  /** Waits until the DPO's view of the subject passes {@code check}. */
  private static void awaitSubject(UUID subject, Consumer<ValidatableResponse> check) {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                check.accept(
                    given()
                        .auth()
                        .oauth2(TestTokens.user("dpo"))
                        .get("/api/v1/subjects/{id}", subject)
                        .then()
                        .statusCode(200)));
  }

  @Test
  void givenContactCreatedTwice_whenConsumed_thenSubjectKnownWithOneEvent() {
    UUID subject = UUID.randomUUID();
    UUID eventId = UUID.randomUUID();
    String event = EventProducer.example("ContactCreated.json", subject, eventId);

    EventProducer.send("contact.events", subject.toString(), event);
    EventProducer.send("contact.events", subject.toString(), event);

    awaitSubject(
        subject,
        view ->
            view.body("subject.lastEventType", equalTo("ContactCreated"))
                .body("events", hasSize(1)));
  }

  @Test
  void givenThreeEvents_whenReadingWithLimitTwo_thenTwoPagesOldestFirst() {
    UUID subject = UUID.randomUUID();
    for (int i = 0; i < 3; i++) {
      EventProducer.send(
          "contact.events",
          subject.toString(),
          EventProducer.example("ContactCreated.json", subject, UUID.randomUUID()));
    }
    awaitSubject(subject, view -> view.body("events", hasSize(3)).body("next", nullValue()));
    List<String> all =
        dpo().get("/api/v1/subjects/{id}", subject).jsonPath().getList("events.eventId");

    ExtractableResponse<Response> first =
        dpo()
            .queryParam("limit", 2)
            .get("/api/v1/subjects/{id}", subject)
            .then()
            .statusCode(200)
            .body("subject.subjectId", equalTo(subject.toString()))
            .extract();
    assertThat(first.jsonPath().getList("events.eventId", String.class))
        .isEqualTo(all.subList(0, 2));
    String next = first.path("next");
    assertThat(next).isNotBlank();
    ExtractableResponse<Response> second =
        dpo()
            .queryParam("limit", 2)
            .queryParam("cursor", next)
            .get("/api/v1/subjects/{id}", subject)
            .then()
            .statusCode(200)
            .extract();
    assertThat(second.jsonPath().getList("events.eventId", String.class))
        .isEqualTo(all.subList(2, 3));
    assertThat((String) second.path("next")).isNull();
  }

  @Test
  void givenLimitOutOfRange_whenReadingSubject_thenProblemNamingLimit() {
    for (String limit : List.of("0", "201", "many")) {
      dpo()
          .queryParam("limit", limit)
          .get("/api/v1/subjects/{id}", UUID.randomUUID())
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("limit"));
    }
  }

  private static RequestSpecification dpo() {
    return given().auth().oauth2(TestTokens.user("dpo"));
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
        EventProducer.example("ContactRestricted.json", subject, UUID.randomUUID())
            .replace("\"schemaVersion\"", "\"reason\": \"x\", \"schemaVersion\"");
    String wrongSubjectType =
        EventProducer.example("ContactRestricted.json", subject, UUID.randomUUID())
            .replace("\"" + subject + "\",\n  \"occurredAt\"", "42,\n  \"occurredAt\"");
    assertThat(wrongSubjectType).contains("\"subjectId\": 42");
    EventProducer.send("contact.events", subject.toString(), unknownField);
    EventProducer.send("contact.events", subject.toString(), wrongSubjectType);
    EventProducer.send(
        "contact.events",
        subject.toString(),
        EventProducer.example("ContactCreated.json", subject, UUID.randomUUID()));

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
    awaitSubject(
        subject,
        view -> view.body("subject.restricted", equalTo(false)).body("events", hasSize(1)));
  }

  /**
   * See docs/promises.md: lifting one request's cause leaves the subject restricted while another
   * request, objection or hold restricts it; the last lift ends it.
   */
  @Test
  void givenLiftOfOneOfTwoCauses_whenConsumed_thenSubjectStaysRestrictedUntilTheLast() {
    UUID subject = UUID.randomUUID();
    EventProducer.send(
        "contact.events",
        subject.toString(),
        EventProducer.example("ContactRestricted.json", subject, UUID.randomUUID()));
    EventProducer.send(
        "contact.events",
        subject.toString(),
        EventProducer.example("ContactRestrictionLifted.json", subject, UUID.randomUUID())
            .replace("\"stillRestricted\": false", "\"stillRestricted\": true"));
    awaitSubject(
        subject,
        view ->
            view.body("events", hasSize(2))
                .body("subject.lastEventType", equalTo("ContactRestrictionLifted"))
                .body("subject.restricted", equalTo(true)));

    EventProducer.send(
        "contact.events",
        subject.toString(),
        EventProducer.example("ContactRestrictionLifted.json", subject, UUID.randomUUID()));
    awaitSubject(
        subject,
        view -> view.body("events", hasSize(3)).body("subject.restricted", equalTo(false)));
  }

  @Test
  void givenPoisonMessage_whenConsumed_thenLaterEventsStillApplied() {
    UUID subject = UUID.randomUUID();
    EventProducer.send("contact.events", subject.toString(), "{not json");
    EventProducer.send(
        "contact.events",
        subject.toString(),
        EventProducer.example("ContactErased.json", subject, UUID.randomUUID()));

    awaitSubject(subject, view -> view.body("subject.lastEventType", equalTo("ContactErased")));
  }
}
