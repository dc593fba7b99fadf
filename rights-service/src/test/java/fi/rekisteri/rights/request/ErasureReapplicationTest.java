package fi.rekisteri.rights.request;

import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.rekisteri.platform.ledger.LedgerKeyring;
import fi.rekisteri.platform.ledger.LedgerReader;
import fi.rekisteri.platform.ledger.LedgerSeal;
import fi.rekisteri.rights.erasure.ErasureReapplication;
import fi.rekisteri.rights.support.EventProducer;
import fi.rekisteri.rights.support.FakeRegister;
import fi.rekisteri.rights.support.RightsStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * See docs/backups.md: an erasure in the register's erasure ledger that this database has not
 * applied (it was restored from a backup taken before it) is applied at startup: the person's
 * stored copies are deleted and the known subject is marked erased, once; the DPO sees it at {@code
 * GET /api/v1/erasures/reapplied}. The restore itself runs in deploy/e2e-tests.
 */
@QuarkusTest
@WithTestResource(RightsStack.class)
class ErasureReapplicationTest {

  private static final String LEDGER = "erasure.ledger";

  @Inject ErasureReapplication reapplication;

  /** The test profile's ledger key, as the register seals its entries. */
  private static final LedgerSeal SEAL =
      new LedgerSeal(LedgerKeyring.parse("1:local-demo-ledger-key-change-me"), new ObjectMapper());

  private static String entry(UUID subjectId, String requestId, Instant erasedAt) {
    return "{\"schemaVersion\":1,\"subjectId\":\""
        + subjectId
        + "\",\"requestId\":\""
        + requestId
        + "\",\"erasedAt\":\""
        + erasedAt
        + "\",\"outcome\":\"ERASED\",\"erased\":[\"CONTACT_RECORD\"],\"kept\":[]}";
  }

  private static void ledgerEntry(UUID subjectId, String requestId, Instant erasedAt) {
    EventProducer.send(
        LEDGER,
        subjectId.toString(),
        SEAL.seal(subjectId.toString(), entry(subjectId, requestId, erasedAt)));
  }

  private static List<Map<String, Object>> reappliedOf(UUID subjectId) {
    JsonPath report =
        as("dpo").get("/api/v1/erasures/reapplied").then().statusCode(200).extract().jsonPath();
    assertThat(report.getString("ledgerTopic")).isEqualTo(LEDGER);
    assertThat(report.getString("rights.lastCheck.checkedAt")).isNotNull();
    List<Map<String, Object>> items = report.getList("rights.items");
    return items.stream().filter(i -> subjectId.toString().equals(i.get("subjectId"))).toList();
  }

  @Test
  void givenLedgerErasureOfPersonWithStoredCopy_whenRun_thenCopyDeletedOnceAndReported() {
    String requester = email("restored");
    UUID subjectId = FakeRegister.subjectId(requester);
    String id = RequestApi.verified("ACCESS", requester);
    as("dpo")
        .post("/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(200)
        .body("packageAvailable", equalTo(true));
    String requestId = UUID.randomUUID().toString();
    ledgerEntry(subjectId, requestId, Instant.now().minusSeconds(30));

    ErasureReapplication.LastCheck check = reapplication.run();

    assertThat(check.reapplied()).isGreaterThanOrEqualTo(1);
    as("dpo").get("/api/v1/requests/{id}/package", id).then().statusCode(409);
    as("dpo")
        .get("/api/v1/requests/{id}", id)
        .then()
        .body("packageAvailable", equalTo(false))
        .body("timeline.action", hasItem("COPY_DELETED"));
    List<Map<String, Object>> reported = reappliedOf(subjectId);
    assertThat(reported).hasSize(1);
    assertThat(reported.get(0))
        .containsEntry("requestId", requestId)
        .containsEntry("copiesDeleted", 1);

    reapplication.run();

    assertThat(reappliedOf(subjectId)).as("applied once").hasSize(1);
  }

  @Test
  void givenLedgerErasureOfKnownSubjectNotErasedHere_whenRun_thenMarkedErasedOnce() {
    UUID subjectId = UUID.randomUUID();
    EventProducer.send(
        "contact.events",
        subjectId.toString(),
        EventProducer.example("ContactCreated.json", subjectId, UUID.randomUUID()));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> as("dpo").get("/api/v1/subjects/{id}", subjectId).then().statusCode(200));
    as("dpo").get("/api/v1/subjects/{id}", subjectId).then().body("subject.erasedAt", nullValue());
    Instant erasedAt = Instant.now().minusSeconds(5);
    ledgerEntry(subjectId, UUID.randomUUID().toString(), erasedAt);

    reapplication.run();
    reapplication.run();

    as("dpo")
        .get("/api/v1/subjects/{id}", subjectId)
        .then()
        .body("subject.erasedAt", notNullValue());
    assertThat(reappliedOf(subjectId)).hasSize(1);
  }

  @Test
  void givenLedgerErasureOfSubjectThisServiceNeverSaw_whenRun_thenNothingApplied() {
    UUID stranger = UUID.randomUUID();
    ledgerEntry(stranger, UUID.randomUUID().toString(), Instant.now());

    reapplication.run();

    assertThat(reappliedOf(stranger)).isEmpty();
  }

  @Test
  void givenRoles_whenReapplied_thenDpoAndAdminOnly() {
    as("admin").get("/api/v1/erasures/reapplied").then().statusCode(200);
    as("sales").get("/api/v1/erasures/reapplied").then().statusCode(403);
    as("maija").get("/api/v1/erasures/reapplied").then().statusCode(403);
  }

  @Test
  void givenForgedUnsignedUnreadableRecordsAndTombstones_whenRun_thenNoneAppliedAndEachReported() {
    String requester = email("forged");
    UUID subjectId = FakeRegister.subjectId(requester);
    String id = RequestApi.verified("ACCESS", requester);
    as("dpo")
        .post("/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(200)
        .body("packageAvailable", equalTo(true));
    String key = subjectId.toString();
    Instant now = Instant.now();
    // written by someone who reaches the broker but holds no ledger key
    EventProducer.send(LEDGER, key, entry(subjectId, "unsigned", now));
    EventProducer.send(
        LEDGER,
        key,
        new LedgerSeal(LedgerKeyring.parse("1:someone-elses-key"), new ObjectMapper())
            .seal(key, entry(subjectId, "other-key", now)));
    EventProducer.send(
        LEDGER,
        UUID.randomUUID().toString(),
        SEAL.seal(key, entry(subjectId, "moved-to-another-key", now)));
    EventProducer.send(LEDGER, key, "not json at all");
    EventProducer.send(LEDGER, key, null);

    ErasureReapplication.LastCheck check = reapplication.run();

    assertThat(check.skipped()).isGreaterThanOrEqualTo(5);
    assertThat(check.skippedRecords())
        .extracting(LedgerReader.Skipped::reason)
        .contains(
            "unsigned",
            "signature does not match",
            "keyed by another subject",
            "unreadable",
            "tombstone");
    // nothing of it was applied: the person's copy is still there, no re-application reported
    as("dpo").get("/api/v1/requests/{id}", id).then().body("packageAvailable", equalTo(true));
    assertThat(reappliedOf(subjectId)).isEmpty();
    JsonPath report =
        as("dpo").get("/api/v1/erasures/reapplied").then().statusCode(200).extract().jsonPath();
    assertThat(report.getInt("rights.lastCheck.skipped")).isGreaterThanOrEqualTo(5);
    assertThat(report.getString("rights.lastCheck.skippedRecords").toString()).doesNotContain(key);
  }
}
