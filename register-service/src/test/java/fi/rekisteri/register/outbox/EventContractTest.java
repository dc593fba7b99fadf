package fi.rekisteri.register.outbox;

import static fi.rekisteri.register.support.Api.as;
import static fi.rekisteri.register.support.Api.asRightsService;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.rekisteri.register.support.Api;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import fi.rekisteri.stack.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Every event the register produces satisfies its JSON contract, and none carries personal data, so
 * that nothing survives an erasure in Kafka.
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class EventContractTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SCHEMA =
      Path.of("src/main/resources/contracts/register-event.schema.json");
  private static final List<String> TOPICS =
      List.of("contact.events", "preference.events", "organisation.events");

  @Test
  void givenLifecycleOfAPerson_whenEventsRead_thenContractHoldsAndNoPersonalDataInKafka()
      throws IOException {
    JsonNode schema = JSON.readTree(SCHEMA.toFile());
    Map<String, Object> person = TestData.contact();
    person.put("firstName", "Ainutlaatuinen" + TestData.unique());
    person.put("notes", "Tapaaminen torstaina " + TestData.unique());
    String id = Api.createContact(person);
    as("sales")
        .body(
            Map.of(
                "kind",
                "DIRECT_MARKETING_CONSENT",
                "channel",
                "EMAIL",
                "granted",
                true,
                "source",
                Map.of(
                    "channel",
                    "WEB_FORM",
                    "collectedAt",
                    Instant.now().minusSeconds(1).toString())))
        .post("/api/v1/contacts/{id}/preferences", id)
        .then()
        .statusCode(201);
    asRightsService()
        .body(
            Map.of(
                "requestId",
                "req-" + TestData.unique(),
                "changes",
                Map.of("lastName", "Uusi" + TestData.unique())))
        .post("/api/v1/internal/subjects/{id}/rectify", id)
        .then()
        .statusCode(200);
    asRightsService()
        .body(Map.of("requestId", "req-" + TestData.unique()))
        .post("/api/v1/internal/subjects/{id}/erase", id)
        .then()
        .statusCode(200);

    List<ConsumerRecord<String, String>> records =
        TopicReader.readUntil(
            TOPICS,
            Duration.ofSeconds(30),
            read ->
                read.stream()
                    .anyMatch(r -> r.value().contains("ContactErased") && id.equals(r.key())));

    assertThat(records).anyMatch(r -> r.value().contains("ContactErased") && id.equals(r.key()));
    Set<String> required = strings(schema.get("required"));
    Set<String> eventTypes = strings(schema.at("/properties/eventType/enum"));
    Set<String> bodyFields = new HashSet<>();
    schema.at("/properties/body/properties").fieldNames().forEachRemaining(bodyFields::add);
    for (ConsumerRecord<String, String> record : records) {
      JsonNode event = JSON.readTree(record.value());
      Set<String> fields = new HashSet<>();
      event.fieldNames().forEachRemaining(fields::add);
      assertThat(fields).as("envelope of %s", record.value()).isEqualTo(required);
      assertThat(eventTypes).contains(event.get("eventType").asText());
      assertThat(event.get("schemaVersion").asInt()).isEqualTo(1);
      event.get("body").fieldNames().forEachRemaining(f -> assertThat(bodyFields).contains(f));
      for (Object value : person.values()) {
        if (value instanceof String text && text.length() > 3) {
          assertThat(record.value()).as("personal data in Kafka").doesNotContain(text);
        }
      }
      assertThat(record.value()).doesNotContain("+358401234567");
    }
  }

  @Test
  void goldenExamples_whenCheckedAgainstSchema_thenEachIsAValidEnvelope() throws IOException {
    JsonNode schema = JSON.readTree(SCHEMA.toFile());
    Set<String> required = strings(schema.get("required"));
    Set<String> eventTypes = strings(schema.at("/properties/eventType/enum"));
    java.io.File[] examples = SCHEMA.getParent().resolve("examples").toFile().listFiles();
    assertThat(examples).isNotEmpty();
    for (java.io.File example : examples) {
      JsonNode event = JSON.readTree(example);
      Set<String> fields = new HashSet<>();
      event.fieldNames().forEachRemaining(fields::add);
      assertThat(fields).as(example.getName()).isEqualTo(required);
      assertThat(eventTypes).contains(event.get("eventType").asText());
      assertThat(example.getName()).isEqualTo(event.get("eventType").asText() + ".json");
    }
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> values = new HashSet<>();
    StreamSupport.stream(array.spliterator(), false).forEach(n -> values.add(n.asText()));
    return values;
  }
}
