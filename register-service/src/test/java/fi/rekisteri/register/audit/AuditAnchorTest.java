package fi.rekisteri.register.audit;

import static fi.rekisteri.register.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.rekisteri.platform.audit.AuditHead;
import fi.rekisteri.platform.audit.AuditHeadPublisher;
import fi.rekisteri.platform.audit.AuditHeadTopic;
import fi.rekisteri.platform.audit.AuditPruning;
import fi.rekisteri.platform.audit.AuditVerifications;
import fi.rekisteri.platform.ledger.LedgerKeyring;
import fi.rekisteri.register.support.Api;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import fi.rekisteri.stack.AuditTampering;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * An audit chain that a database administrator cannot rewrite unseen (docs/security.md): the
 * service's user cannot change any audit table; the head is signed and published to Kafka, and
 * {@code GET /api/v1/audit/verify} must pass through the latest published head. Each tampering is
 * what the superuser can do; the chain is put back afterwards ({@link AuditTampering}).
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class AuditAnchorTest {

  @Inject EntityManager entityManager;
  @Inject AuditHeadPublisher publisher;
  @Inject AuditHeadTopic topic;
  @Inject AuditVerifications verifications;
  @Inject ObjectMapper mapper;
  @Inject AuditPruning pruning;

  @Test
  void givenServiceUser_whenWrite_thenEveryAuditTableRefusesIt() {
    String id = Api.createContact(TestData.contact());

    for (String statement :
        new String[] {
          "UPDATE audit_chain SET anchor_id = last_id, anchor_hash = last_hash",
          "UPDATE audit_entry SET actor = 'someone' WHERE subject_id = '" + id + "'",
          "DELETE FROM audit_entry WHERE subject_id = '" + id + "'",
          "INSERT INTO audit_entry (id, occurred_at, actor, action, resource, purpose, prev_hash,"
              + " hash) VALUES (-1, now(), 'x', 'READ', 'contact', 'x', 'x', 'x')",
          "DELETE FROM audit_pending",
          "UPDATE audit_pending SET actor = 'someone'",
          "TRUNCATE audit_chain"
        }) {
      assertThatThrownBy(() -> execute(statement))
          .as(statement)
          .satisfies(e -> assertThat(sqlException(e).getSQLState()).isEqualTo("42501"));
    }
  }

  @Test
  void givenAPublishedHead_whenVerify_thenPassesThroughItAndCountsTheEntriesAfterIt() {
    Api.createContact(TestData.contact());
    AuditHead published = publisher.publish().orElseThrow();
    String id = Api.createContact(TestData.contact());
    as("dpo").get("/api/v1/contacts/{id}", id).then().statusCode(200);
    long after = count("SELECT count(*) FROM audit_entry WHERE id > " + published.position());

    JsonPath answer = verify();

    assertThat(answer.getBoolean("valid")).isTrue();
    assertThat(answer.getLong("publishedHead.position")).isEqualTo(published.position());
    assertThat(Instant.parse(answer.getString("publishedHead.at"))).isEqualTo(published.at());
    assertThat(answer.getLong("unpublishedEntries")).isEqualTo(after).isPositive();
    assertThat(answer.getInt("refusedPublications")).isZero();
    assertThat((Object) answer.get("broken")).isNull();
  }

  @Test
  void givenTheAnchorMovedToTheHeadByAnAdministrator_whenVerify_thenInvalid() {
    Api.createContact(TestData.contact());
    publisher.publish().orElseThrow();
    Api.createContact(TestData.contact());

    try (AuditTampering tampering = AuditTampering.of(jdbcUrl())) {
      tampering.moveAnchorToHead();

      JsonPath answer = verify();
      assertThat(answer.getBoolean("valid")).isFalse();
      assertThat(answer.getString("broken")).isEqualTo("ENTRIES_OUTSIDE_CHAIN");
      assertThat(answer.getLong("entries")).isZero();
      assertThat(answer.getLong("firstBrokenId")).isPositive();
      assertThat(publisher.publish()).as("a moved anchor is never published").isEmpty();
    }
    assertThat(verify().getBoolean("valid")).isTrue();
  }

  @Test
  void givenARowRewrittenAndTheChainRehashedByAnAdministrator_whenVerify_thenInvalid() {
    String id = Api.createContact(TestData.contact());
    as("dpo").get("/api/v1/contacts/{id}", id).then().statusCode(200);
    long read = count("SELECT max(id) FROM audit_entry WHERE subject_id = '" + id + "'");
    AuditHead published = publisher.publish().orElseThrow();

    try (AuditTampering tampering = AuditTampering.of(jdbcUrl())) {
      tampering.rewrite(read, "someone-else");

      JsonPath answer = verify();
      assertThat(answer.getBoolean("valid")).isFalse();
      assertThat(answer.getString("broken")).isEqualTo("PUBLISHED_HEAD_NOT_IN_DATABASE");
      assertThat(answer.getLong("firstBrokenId")).isEqualTo(published.position());
      assertThat(publisher.publish()).as("a rewritten chain is never signed").isEmpty();
    }
    assertThat(verify().getBoolean("valid")).isTrue();
  }

  @Test
  void givenTheNewestRowsDeletedAndTheHeadMovedBack_whenVerify_thenInvalid() {
    String id = Api.createContact(TestData.contact());
    long kept = count("SELECT max(id) FROM audit_entry");
    as("dpo").get("/api/v1/contacts/{id}", id).then().statusCode(200);
    AuditHead published = publisher.publish().orElseThrow();
    assertThat(published.position()).isGreaterThan(kept);

    try (AuditTampering tampering = AuditTampering.of(jdbcUrl())) {
      tampering.deleteAfter(kept);

      JsonPath answer = verify();
      assertThat(answer.getBoolean("valid")).isFalse();
      assertThat(answer.getString("broken")).isEqualTo("PUBLISHED_HEAD_NOT_IN_DATABASE");
      assertThat(answer.getLong("firstBrokenId")).isEqualTo(published.position());
    }
    assertThat(verify().getBoolean("valid")).isTrue();
  }

  @Test
  void givenARowDeletedInTheMiddle_whenVerify_thenTheNextEntryBreaks() {
    String id = Api.createContact(TestData.contact());
    as("dpo").get("/api/v1/contacts/{id}", id).then().statusCode(200);
    long first = count("SELECT min(id) FROM audit_entry WHERE subject_id = '" + id + "'");
    long next = count("SELECT min(id) FROM audit_entry WHERE id > " + first);

    try (AuditTampering tampering = AuditTampering.of(jdbcUrl())) {
      tampering.delete(first);

      JsonPath answer = verify();
      assertThat(answer.getBoolean("valid")).isFalse();
      assertThat(answer.getString("broken")).isEqualTo("ENTRY_ALTERED");
      assertThat(answer.getLong("firstBrokenId")).isEqualTo(next);
    }
    assertThat(verify().getBoolean("valid")).isTrue();
  }

  @Test
  void givenForgedHeadsOnTheTopic_whenVerify_thenIgnoredAndReported() {
    Api.createContact(TestData.contact());
    AuditHead real = publisher.publish().orElseThrow();
    String chain = verifications.chain();
    // well formed, but signed with a key the service does not hold
    topic.send(
        chain,
        new AuditHead(
                chain, real.position() + 1000, "f".repeat(64), real.anchorId(), Instant.now(), null)
            .seal(LedgerKeyring.parse("1:not-the-audit-head-key"), mapper));
    topic.send(chain, "{not json");

    JsonPath answer = verify();

    assertThat(answer.getBoolean("valid")).isTrue();
    assertThat(answer.getLong("publishedHead.position")).isEqualTo(real.position());
    assertThat(answer.getInt("refusedPublications")).isEqualTo(2);
    // the publisher goes on from the real head, and the refusals are behind the next one
    assertThat(publisher.publish()).isPresent();
    assertThat(verify().getInt("refusedPublications")).isZero();
  }

  @Test
  void givenEveryEntryDue_whenPrune_thenTheCheckpointStopsAtThePublishedHead() {
    Api.createContact(TestData.contact());
    AuditHead published = publisher.publish().orElseThrow();
    Api.createContact(TestData.contact());

    long deleted = pruning.prune(Instant.now().plus(Duration.ofDays(1)));

    assertThat(deleted).isPositive();
    assertThat(count("SELECT anchor_id FROM audit_chain")).isEqualTo(published.position());
    assertThat(count("SELECT count(*) FROM audit_entry WHERE id > " + published.position()))
        .isPositive();
    JsonPath answer = verify();
    assertThat(answer.getBoolean("valid")).isTrue();
    assertThat(answer.getLong("publishedHead.position")).isEqualTo(published.position());
    assertThat(publisher.publish()).isPresent();
  }

  private JsonPath verify() {
    return as("dpo").get("/api/v1/audit/verify").then().statusCode(200).extract().jsonPath();
  }

  private static String jdbcUrl() {
    return ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
  }

  private void execute(String statement) {
    QuarkusTransaction.requiringNew()
        .run(() -> entityManager.createNativeQuery(statement).executeUpdate());
  }

  private long count(String query) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> ((Number) entityManager.createNativeQuery(query).getSingleResult()).longValue());
  }

  private static SQLException sqlException(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof SQLException e) {
        return e;
      }
    }
    throw new AssertionError("no SQLException in " + thrown, thrown);
  }
}
