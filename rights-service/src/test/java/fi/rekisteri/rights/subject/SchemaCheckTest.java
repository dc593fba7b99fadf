package fi.rekisteri.rights.subject;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.junit.jupiter.api.Test;

/**
 * Records that break the register's event contract never reach the database: the consumer sends
 * them to the dead-letter channel. Pure: no Quarkus, no broker, no database.
 */
class SchemaCheckTest {

  private static final Path EXAMPLES =
      Path.of("../register-service/src/main/resources/contracts/examples");
  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
  private static final RegisterEventContract CONTRACT = new RegisterEventContract();

  private final List<String> deadLetters = new ArrayList<>();

  @Test
  void givenSchemaInvalidRecords_whenConsumed_thenEachGoesToTheDeadLetterChannel()
      throws IOException {
    List<String> invalid =
        List.of(
            broken("ContactErased.json", e -> ((ObjectNode) e).put("subjectId", 42)),
            broken("ContactErased.json", e -> ((ObjectNode) e).remove("subjectId")),
            broken("ContactErased.json", e -> ((ObjectNode) e).put("subjectId", "not-a-uuid")),
            broken("ContactErased.json", e -> ((ObjectNode) e).put("surname", "Virtanen")),
            broken("ContactErased.json", e -> ((ObjectNode) e.get("body")).put("email", "a@b.fi")),
            broken("ContactErased.json", e -> ((ObjectNode) e.get("body")).remove("requestId")),
            broken("ContactErased.json", e -> ((ObjectNode) e).put("aggregateType", "invoice")),
            broken("ContactErased.json", e -> ((ObjectNode) e).put("schemaVersion", 2)),
            broken("ContactRestricted.json", e -> ((ObjectNode) e).put("occurredAt", "today")),
            broken("OrganisationCreated.json", e -> ((ObjectNode) e).put("eventType", "Unknown")),
            "{not json",
            "[]",
            "");

    consumer().consume(invalid);

    assertThat(deadLetters).containsExactlyElementsOf(invalid);
  }

  @Test
  void givenGoldenExamples_whenChecked_thenValidAndTypedAsTheirEventType() throws IOException {
    List<Path> examples;
    try (var files = Files.list(EXAMPLES)) {
      examples = files.sorted().toList();
    }
    assertThat(examples).isNotEmpty();
    for (Path example : examples) {
      JsonNode record = JSON.readTree(example.toFile());
      assertThat(CONTRACT.violations(record)).as(example.toString()).isEmpty();
      RegisterEvent event = JSON.treeToValue(record, RegisterEvent.class);
      SubjectChange change = SubjectChange.of(event, JSON);
      if (SubjectChange.ACTED_ON.containsKey(event.eventType())) {
        assertThat(change.getClass().getSimpleName()).isEqualTo(event.eventType());
      } else {
        assertThat(change).isEqualTo(new SubjectChange.Ignored(event.eventType()));
      }
    }
  }

  @Test
  void givenErasedEvent_whenTyped_thenBodyFieldsRead() throws IOException {
    RegisterEvent event =
        JSON.treeToValue(
            JSON.readTree(EXAMPLES.resolve("ContactErased.json").toFile()), RegisterEvent.class);

    assertThat(SubjectChange.of(event, JSON))
        .isEqualTo(
            new SubjectChange.ContactErased(
                "req-2",
                List.of(
                    "INTERACTIONS",
                    "PREFERENCE_HISTORY",
                    "ORDER_DETAILS",
                    "CONTACT_DETAILS_EXCEPT_BILLING"),
                List.of("OPEN_INVOICES", "ACCOUNTING_VOUCHERS")));
  }

  @Test
  void givenInvalidRecord_whenViolationsListed_thenSchemaRulesNamedNeverValues()
      throws IOException {
    String record =
        broken("ContactErased.json", e -> ((ObjectNode) e.get("body")).put("email", "a@b.fi"));

    List<String> violations = CONTRACT.violations(JSON.readTree(record));

    assertThat(violations).isNotEmpty();
    assertThat(violations.toString()).doesNotContain("a@b.fi").doesNotContain("email");
  }

  private static String broken(String example, Consumer<JsonNode> breakIt) throws IOException {
    JsonNode record =
        JSON.readTree(
            Files.readString(EXAMPLES.resolve(example))
                .replace("22222222-2222-2222-2222-222222222222", UUID.randomUUID().toString()));
    assertThat(CONTRACT.violations(record)).as("valid before breaking").isEmpty();
    breakIt.accept(record);
    return JSON.writeValueAsString(record);
  }

  /** The consumer without a database: only records that break the contract may be consumed. */
  private RegisterEventConsumer consumer() {
    @SuppressWarnings("unchecked")
    Emitter<String> emitter =
        (Emitter<String>)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {Emitter.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("send") && args[0] instanceof String payload) {
                    deadLetters.add(payload);
                    return null;
                  }
                  throw new AssertionError("unexpected call " + method.getName());
                });
    return new RegisterEventConsumer(
        null, null, JSON, CONTRACT, new SimpleMeterRegistry(), null, emitter);
  }
}
