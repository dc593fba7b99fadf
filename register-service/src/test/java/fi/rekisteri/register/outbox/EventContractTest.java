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
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Every event the register produces satisfies its JSON contract (checked with the JSON Schema
 * validator, every keyword of the schema's draft), and none carries personal data, so that nothing
 * survives an erasure in Kafka.
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class EventContractTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SCHEMA =
      Path.of("src/main/resources/contracts/register-event.schema.json");
  private static final List<String> TOPICS =
      List.of("contact.events", "preference.events", "organisation.events");
  private static final List<String> ALL_TOPICS =
      List.of(
          "contact.events",
          "preference.events",
          "organisation.events",
          "order.events",
          "invoice.events");
  private static final EventContract CONTRACT = new EventContract();

  @Test
  void givenLifecycleOfAPerson_whenEventsRead_thenContractHoldsAndNoPersonalDataInKafka()
      throws IOException {
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
    for (ConsumerRecord<String, String> record : records) {
      assertThat(CONTRACT.violations(JSON.readTree(record.value())))
          .as("contract of %s", record.value())
          .isEmpty();
      for (Object value : person.values()) {
        if (value instanceof String text && text.length() > 3) {
          assertThat(record.value()).as("personal data in Kafka").doesNotContain(text);
        }
      }
      assertThat(record.value()).doesNotContain("+358401234567");
    }
  }

  @Test
  void givenEveryKindOfChange_whenEventsRead_thenEachSatisfiesTheSchemaAndKeyIsTheSubject()
      throws IOException {
    String organisation = Api.createOrganisation();
    Map<String, Object> person = TestData.contact();
    person.put("organisationId", organisation);
    String id = Api.createContact(person);
    Map<String, Object> order = TestData.order(id);
    String orderId =
        as("sales").body(order).post("/api/v1/orders").then().statusCode(201).extract().path("id");
    String invoiceId =
        as("accounting")
            .body(TestData.invoice(id, orderId, "120.00"))
            .post("/api/v1/invoices")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as("accounting")
        .body(TestData.payment("120.00"))
        .post("/api/v1/invoices/{id}/payments", invoiceId)
        .then()
        .statusCode(201);
    as("sales")
        .body(TestData.interaction())
        .post("/api/v1/contacts/{id}/interactions", id)
        .then()
        .statusCode(201);
    asRightsService()
        .queryParam("requestId", "req-" + TestData.unique())
        .get("/api/v1/internal/subjects/{id}/export", id)
        .then()
        .statusCode(200);
    String restriction = "req-" + TestData.unique();
    asRightsService()
        .body(Map.of("requestId", restriction))
        .post("/api/v1/internal/subjects/{id}/restrict", id)
        .then()
        .statusCode(200);
    asRightsService()
        .body(Map.of("requestId", restriction))
        .post("/api/v1/internal/subjects/{id}/lift-restriction", id)
        .then()
        .statusCode(200);
    asRightsService()
        .body(Map.of("requestId", "req-" + TestData.unique(), "kind", "DIRECT_MARKETING"))
        .post("/api/v1/internal/subjects/{id}/objection", id)
        .then()
        .statusCode(200);

    List<String> expected =
        List.of(
            "ContactCreated",
            "OrderCreated",
            "InvoiceCreated",
            "PaymentRecorded",
            "InvoiceStatusChanged",
            "InteractionRecorded",
            "SubjectDataExported",
            "ContactRestricted",
            "ContactRestrictionLifted",
            "ContactObjectionRecorded");
    List<ConsumerRecord<String, String>> records =
        TopicReader.readUntil(
            ALL_TOPICS, Duration.ofSeconds(30), read -> typesOf(read, id).containsAll(expected));

    assertThat(typesOf(records, id)).containsAll(expected);
    List<String> orderDetails =
        List.of((String) order.get("worksite"), (String) order.get("summary"));
    for (ConsumerRecord<String, String> record : records) {
      JsonNode event = JSON.readTree(record.value());
      assertThat(CONTRACT.violations(event)).as("contract of %s", record.value()).isEmpty();
      JsonNode subject = event.get("subjectId");
      assertThat(record.key())
          .isEqualTo(subject.isNull() ? event.get("aggregateId").asText() : subject.asText());
      assertThat(record.topic()).isEqualTo(event.get("aggregateType").asText() + ".events");
      for (String text : orderDetails) {
        assertThat(record.value()).as("personal data in Kafka").doesNotContain(text);
      }
    }
  }

  private static Set<String> typesOf(List<ConsumerRecord<String, String>> records, String key) {
    Set<String> types = new HashSet<>();
    for (ConsumerRecord<String, String> record : records) {
      if (key.equals(record.key())) {
        try {
          types.add(JSON.readTree(record.value()).path("eventType").asText());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return types;
  }

  @Test
  void givenGoldenExamples_whenCheckedAgainstSchema_thenEachIsAValidEnvelope() throws IOException {
    File[] examples = SCHEMA.getParent().resolve("examples").toFile().listFiles();
    assertThat(examples).isNotEmpty();
    for (File example : examples) {
      JsonNode event = JSON.readTree(example);
      assertThat(CONTRACT.violations(event)).as(example.getName()).isEmpty();
      assertThat(example.getName()).isEqualTo(event.get("eventType").asText() + ".json");
    }
  }

  @Test
  void givenSchemaOnTheClasspath_thenIsTheContractFile() throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(EventContract.RESOURCE)) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(Files.readString(SCHEMA));
    }
  }
}
