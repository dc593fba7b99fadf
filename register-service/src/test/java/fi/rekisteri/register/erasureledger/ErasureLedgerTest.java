package fi.rekisteri.register.erasureledger;

import static fi.rekisteri.register.support.Api.as;
import static fi.rekisteri.register.support.Api.asRightsService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.rekisteri.platform.ledger.LedgerKeyring;
import fi.rekisteri.platform.ledger.LedgerReader;
import fi.rekisteri.platform.ledger.LedgerSeal;
import fi.rekisteri.register.support.Api;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import fi.rekisteri.stack.TestStack;
import fi.rekisteri.stack.TopicReader;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * See docs/backups.md: every erasure is written to the erasure ledger (pseudonymous), and at
 * startup every erasure the ledger holds but the database does not is made again, once. A restore
 * is simulated by a ledger entry for a contact the database holds unerased (the whole restore runs
 * in deploy/e2e-tests, BackupRestoreErasureTest).
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class ErasureLedgerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOPIC = "erasure.ledger";

  @Inject ErasureReapplication reapplication;

  @Inject AgroalDataSource dataSource;

  private static List<ConsumerRecord<String, String>> ledgerOf(String subjectId) {
    return TopicReader.readUntil(
            List.of(TOPIC),
            Duration.ofSeconds(30),
            read -> read.stream().anyMatch(r -> subjectId.equals(r.key())))
        .stream()
        .filter(r -> subjectId.equals(r.key()))
        .toList();
  }

  private static void erase(String contactId, String requestId) {
    asRightsService()
        .body(Map.of("requestId", requestId))
        .post("/api/v1/internal/subjects/{id}/erase", contactId)
        .then()
        .statusCode(200);
  }

  /** The test profile's ledger key, as the register seals its entries. */
  private static final LedgerSeal SEAL =
      new LedgerSeal(LedgerKeyring.parse("1:local-demo-ledger-key-change-me"), JSON);

  private static void send(String key, String value) throws Exception {
    Properties config = new Properties();
    // as the register's principal, the only one (beside the super user) that may write the ledger:
    // what a holder of its Kafka password could forge
    config.putAll(TestStack.kafka().serviceSettings("register"));
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
      producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
    }
  }

  private static String entry(String subjectId, String requestId) throws Exception {
    return JSON.writeValueAsString(
        Map.of(
            "schemaVersion",
            1,
            "subjectId",
            subjectId,
            "requestId",
            requestId,
            "erasedAt",
            Instant.now().minusSeconds(60).toString(),
            "outcome",
            "ERASED",
            "erased",
            List.of("CONTACT_RECORD"),
            "kept",
            List.of()));
  }

  /** Writes a ledger entry as the register would have before the database was restored. */
  private static void ledgerEntryFromAfterTheBackup(String subjectId, String requestId)
      throws Exception {
    send(subjectId, SEAL.seal(subjectId, entry(subjectId, requestId)));
  }

  /** Writes what someone who reaches the broker, but holds no ledger key, can write. */
  private static void forgedRecords(String subjectId) throws Exception {
    send(subjectId, entry(subjectId, "unsigned"));
    send(
        subjectId,
        new LedgerSeal(LedgerKeyring.parse("1:someone-elses-key"), JSON)
            .seal(subjectId, entry(subjectId, "other-key")));
    send(subjectId, "{\"schemaVersion\":");
    send(subjectId, null);
  }

  private static List<Map<String, Object>> reappliedOf(String subjectId) {
    JsonPath report =
        as("dpo").get("/api/v1/erasures/reapplied").then().statusCode(200).extract().jsonPath();
    assertThat(report.getString("ledgerTopic")).isEqualTo(TOPIC);
    assertThat(report.getInt("ledgerRetentionDays")).isEqualTo(1827);
    List<Map<String, Object>> items = report.getList("items");
    return items.stream().filter(i -> subjectId.equals(i.get("subjectId"))).toList();
  }

  @Test
  void givenContact_whenErase_thenLedgerEntryHasIdsTimeAndCodesButNoPersonalData()
      throws Exception {
    Map<String, Object> person = TestData.contact();
    String id = Api.createContact(person);
    String requestId = "req-" + TestData.unique();

    erase(id, requestId);

    List<ConsumerRecord<String, String>> entries = ledgerOf(id);
    assertThat(entries).hasSize(1);
    String value = entries.get(0).value();
    JsonNode entry = JSON.readTree(value);
    assertThat(entry.get("subjectId").asText()).isEqualTo(id);
    assertThat(entry.get("requestId").asText()).isEqualTo(requestId);
    assertThat(entry.get("outcome").asText()).isEqualTo("ERASED");
    assertThat(entry.get("erased").toString()).contains("CONTACT_RECORD");
    assertThat(Instant.parse(entry.get("erasedAt").asText()))
        .isBetween(Instant.now().minusSeconds(120), Instant.now());
    for (String field : List.of("firstName", "lastName", "email", "phone", "notes")) {
      Object personal = person.get(field);
      if (personal != null) {
        assertThat(value).as(field).doesNotContain(personal.toString());
      }
    }
    // the ledger's own fields only
    assertThat(entry.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder(
            "schemaVersion",
            "subjectId",
            "requestId",
            "erasedAt",
            "outcome",
            "erased",
            "kept",
            "keyId",
            "signature");
    // sealed with the ledger key: the readers accept it, and refuse it once any field changes
    assertThat(SEAL.check(id, value, false).accepted()).isTrue();
    assertThat(SEAL.check(id, value.replace("ERASED", "PARTIALLY_ERASED"), false).accepted())
        .isFalse();
  }

  @Test
  void givenLedgerErasureTheDatabaseLacks_whenRun_thenErasedAgainOnceWithItsEffectsAndReported()
      throws Exception {
    Map<String, Object> person = TestData.contact();
    String id = Api.createContact(person);
    String requestId = UUID.randomUUID().toString();
    ledgerEntryFromAfterTheBackup(id, requestId);

    ErasureReapplication.LastCheck check = reapplication.run();

    assertThat(check.reapplied()).isGreaterThanOrEqualTo(1);
    as("dpo").get("/api/v1/contacts/{id}", id).then().statusCode(404);
    // the suppression entry an erasure leaves: the person is recognised when entered again
    as("sales")
        .body(person)
        .post("/api/v1/contacts")
        .then()
        .statusCode(201)
        .body("suppression", equalTo("ERASED"));
    // the rights service follows by the same event, with the original request id
    List<ConsumerRecord<String, String>> events =
        TopicReader.readUntil(
            List.of("contact.events"),
            Duration.ofSeconds(30),
            read -> read.stream().anyMatch(r -> isErasure(r, id)));
    JsonNode erased =
        JSON.readTree(
            events.stream().filter(r -> isErasure(r, id)).findFirst().orElseThrow().value());
    assertThat(erased.at("/body/requestId").asText()).isEqualTo(requestId);
    List<Map<String, Object>> reported = reappliedOf(id);
    assertThat(reported).hasSize(1);
    assertThat(reported.get(0))
        .containsEntry("requestId", requestId)
        .containsEntry("outcome", "ERASED");

    // idempotent: the database holds the erasure now
    reapplication.run();
    assertThat(reappliedOf(id)).hasSize(1);
    // the original command's retry answers the same result
    asRightsService()
        .body(Map.of("requestId", requestId))
        .post("/api/v1/internal/subjects/{id}/erase", id)
        .then()
        .statusCode(200)
        .body("outcome", equalTo("ERASED"));
  }

  @Test
  void givenErasureTheDatabaseHoldsOrSubjectItNeverHad_whenRun_thenNothingErasedAgain()
      throws Exception {
    String id = Api.createContact(TestData.contact());
    erase(id, "req-" + TestData.unique());
    ledgerOf(id);
    String unknown = UUID.randomUUID().toString();
    ledgerEntryFromAfterTheBackup(unknown, UUID.randomUUID().toString());

    reapplication.run();

    assertThat(reappliedOf(id)).isEmpty();
    assertThat(reappliedOf(unknown)).isEmpty();
  }

  @Test
  void givenStartedRegister_whenTopic_thenCompactedAndKeptForTheStatedPeriod() throws Exception {
    Properties config = new Properties();
    config.putAll(TestStack.kafka().adminSettings());
    try (Admin admin = Admin.create(config)) {
      ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
      Config settings = admin.describeConfigs(List.of(topic)).all().get().get(topic);

      assertThat(settings.get("cleanup.policy").value()).isEqualTo("compact,delete");
      assertThat(Long.parseLong(settings.get("retention.ms").value()))
          .isEqualTo(Duration.ofDays(1827).toMillis());
    }
  }

  @Test
  void givenUserRoles_whenReapplied_thenOnlyDpoAndAdminRead() {
    as("dpo").get("/api/v1/erasures/reapplied").then().statusCode(200);
    as("admin").get("/api/v1/erasures/reapplied").then().statusCode(200);
    as("sales").get("/api/v1/erasures/reapplied").then().statusCode(403);
  }

  private static boolean isErasure(ConsumerRecord<String, String> record, String subjectId) {
    return subjectId.equals(record.key()) && record.value().contains("\"ContactErased\"");
  }

  @Test
  void
      givenForgedUnsignedUnreadableRecordsAndTombstones_whenRun_thenNoneAppliedStartGoesOnReported()
          throws Exception {
    String id = Api.createContact(TestData.contact());
    forgedRecords(id);

    ErasureReapplication.LastCheck check = reapplication.run();

    assertThat(check.skipped()).isGreaterThanOrEqualTo(4);
    assertThat(check.skippedRecords())
        .extracting(LedgerReader.Skipped::reason)
        .contains("unsigned", "signature does not match", "unreadable", "tombstone");
    // the contact was not erased by any of it
    as("dpo").get("/api/v1/contacts/{id}", id).then().statusCode(200);
    assertThat(reappliedOf(id)).isEmpty();
    JsonPath report =
        as("dpo").get("/api/v1/erasures/reapplied").then().statusCode(200).extract().jsonPath();
    assertThat(report.getInt("lastCheck.skipped")).isGreaterThanOrEqualTo(4);
    assertThat(report.getList("lastCheck.skippedRecords").toString()).doesNotContain(id);
  }

  @Test
  void givenEntriesWrittenBeforeSealsExisted_whenRun_thenSealedOnceAndAfterwardsUnsealedRefused()
      throws Exception {
    // as before this version: the sealing pass has not run, and an entry has no seal
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("DELETE FROM erasure_ledger_sealing");
    }
    String id = Api.createContact(TestData.contact());
    String requestId = UUID.randomUUID().toString();
    send(id, entry(id, requestId));

    reapplication.run();

    // the old entry counted (the contact was erased again) and went back to the ledger sealed
    as("dpo").get("/api/v1/contacts/{id}", id).then().statusCode(404);
    List<ConsumerRecord<String, String>> records =
        TopicReader.readUntil(
            List.of(TOPIC),
            Duration.ofSeconds(30),
            read ->
                read.stream()
                    .anyMatch(
                        r ->
                            id.equals(r.key())
                                && r.value() != null
                                && r.value().contains("signature")));
    assertThat(
            records.stream()
                .filter(r -> id.equals(r.key()) && r.value() != null)
                .filter(r -> SEAL.check(id, r.value(), false).accepted())
                .map(r -> r.value())
                .toList())
        .anySatisfy(v -> assertThat(v).contains(requestId));

    // from now on an unsealed entry is a forgery
    String other = Api.createContact(TestData.contact());
    send(other, entry(other, UUID.randomUUID().toString()));
    ErasureReapplication.LastCheck check = reapplication.run();
    assertThat(check.skippedRecords())
        .extracting(LedgerReader.Skipped::reason)
        .contains("unsigned");
    as("dpo").get("/api/v1/contacts/{id}", other).then().statusCode(200);
  }
}
