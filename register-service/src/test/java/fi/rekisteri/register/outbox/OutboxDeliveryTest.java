package fi.rekisteri.register.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.rekisteri.register.support.Api;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import fi.rekisteri.stack.KafkaBroker;
import fi.rekisteri.stack.TestStack;
import fi.rekisteri.stack.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Writes succeed while the broker is down; the events arrive in order once it is back. */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class OutboxDeliveryTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void givenBrokerKilledMidStream_whenWritesContinue_thenAllEventsDeliveredInOrderAfterRestart()
      throws Exception {
    KafkaBroker broker = TestStack.kafka();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(Api.createContact(TestData.contact()));
    }

    Map<String, Object> body = TestData.contact();
    String subject;
    broker.kill();
    try {
      subject = Api.createContact(body);
      ids.add(subject);
      for (int version = 0; version < 3; version++) {
        body.put("title", "Versio " + version);
        Api.as("sales")
            .header("If-Match", "\"" + version + "\"")
            .body(body)
            .put("/api/v1/contacts/{id}", subject)
            .then()
            .statusCode(200);
      }
      for (int i = 0; i < 4; i++) {
        ids.add(Api.createContact(TestData.contact()));
      }
    } finally {
      // the broker is shared by every later test of this run: bring it back even on failure
      broker.start();
    }

    List<ConsumerRecord<String, String>> records =
        TopicReader.readUntil(
            List.of("contact.events"),
            Duration.ofSeconds(90),
            read -> subjects(read).containsAll(ids) && eventsOf(read, subject).size() >= 4);

    assertThat(subjects(records)).containsAll(ids);
    assertThat(records)
        .allSatisfy(r -> assertThat(r.key()).isEqualTo(parse(r.value()).get("subjectId").asText()));
    List<JsonNode> subjectEvents = eventsOf(records, subject);
    assertThat(subjectEvents)
        .extracting(e -> e.get("eventType").asText())
        .containsExactly("ContactCreated", "ContactUpdated", "ContactUpdated", "ContactUpdated");
    assertThat(subjectEvents)
        .extracting(e -> e.get("occurredAt").asText())
        .isSortedAccordingTo(Comparator.comparing(Instant::parse));
  }

  private static List<JsonNode> eventsOf(List<ConsumerRecord<String, String>> records, String id) {
    return records.stream()
        .filter(r -> id.equals(r.key()))
        .sorted(Comparator.comparingLong(ConsumerRecord::offset))
        .map(r -> parse(r.value()))
        .collect(
            Collectors.collectingAndThen(Collectors.toList(), l -> l.stream().distinct().toList()));
  }

  private static Set<String> subjects(List<ConsumerRecord<String, String>> records) {
    return records.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
  }

  private static JsonNode parse(String value) {
    try {
      return JSON.readTree(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
