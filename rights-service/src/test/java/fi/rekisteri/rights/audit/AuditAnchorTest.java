package fi.rekisteri.rights.audit;

import static fi.rekisteri.rights.request.RequestApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.rekisteri.platform.audit.AuditHead;
import fi.rekisteri.platform.audit.AuditHeadPublisher;
import fi.rekisteri.platform.audit.AuditHeadTopic;
import fi.rekisteri.platform.audit.AuditVerifications;
import fi.rekisteri.platform.ledger.LedgerKeyring;
import fi.rekisteri.rights.support.RightsStack;
import fi.rekisteri.stack.AuditTampering;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Instant;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The rights service's audit chain against a database administrator (docs/security.md): its user
 * only stages entries in {@code audit_pending}, which the audit owner's writer links into the
 * chain, and cannot change any audit table; verification must pass through the latest head
 * published to Kafka.
 */
@QuarkusTest
@WithTestResource(RightsStack.class)
class AuditAnchorTest {

  @Inject EntityManager entityManager;
  @Inject AuditHeadPublisher publisher;
  @Inject AuditHeadTopic topic;
  @Inject AuditVerifications verifications;
  @Inject ObjectMapper mapper;

  @Test
  void givenServiceUser_whenWrite_thenOnlyStagingForTheOwnersWriter() {
    read();
    // V7's audit_append, through which the service's user wrote the chain, is gone
    // (AuditTableOwner)
    assertThat(single("SELECT count(*) FROM pg_proc WHERE proname = 'audit_append'")).isEqualTo(0L);
    assertThat(single("SELECT tableowner FROM pg_tables WHERE tablename = 'audit_pending'"))
        .isEqualTo("rights_audit");
    assertThat(single("SELECT has_table_privilege(current_user, 'audit_pending', 'INSERT')"))
        .isEqualTo(true);

    for (String statement :
        new String[] {
          "UPDATE audit_chain SET anchor_id = last_id, anchor_hash = last_hash",
          "UPDATE audit_entry SET actor = 'someone'",
          "DELETE FROM audit_entry",
          "INSERT INTO audit_entry (id, occurred_at, actor, action, resource, purpose, prev_hash,"
              + " hash) VALUES (-1, now(), 'x', 'READ', 'x', 'x', 'x', 'x')",
          "SELECT nextval('audit_entry_id_seq')",
          "UPDATE audit_pending SET actor = 'someone'",
          "DELETE FROM audit_pending",
          "ALTER TABLE audit_pending OWNER TO rights"
        }) {
      assertThatThrownBy(() -> execute(statement))
          .as(statement)
          .satisfies(e -> assertThat(sqlException(e).getSQLState()).isEqualTo("42501"));
    }
  }

  @Test
  void givenAPublishedHead_whenVerify_thenPassesThroughIt() {
    read();
    AuditHead published = publisher.publish().orElseThrow();
    read();

    JsonPath answer = verify();

    assertThat(answer.getBoolean("valid")).isTrue();
    assertThat(answer.getLong("publishedHead.position")).isEqualTo(published.position());
    assertThat(answer.getLong("unpublishedEntries")).isPositive();
  }

  @Test
  void givenTheAnchorMovedToTheHeadByAnAdministrator_whenVerify_thenInvalid() {
    read();
    publisher.publish().orElseThrow();
    read();

    try (AuditTampering tampering = AuditTampering.of(jdbcUrl())) {
      tampering.moveAnchorToHead();

      JsonPath answer = verify();
      assertThat(answer.getBoolean("valid")).isFalse();
      assertThat(answer.getString("broken")).isEqualTo("ENTRIES_OUTSIDE_CHAIN");
      assertThat(publisher.publish()).isEmpty();
    }
    assertThat(verify().getBoolean("valid")).isTrue();
  }

  @Test
  void givenARowRewrittenAndTheChainRehashedByAnAdministrator_whenVerify_thenInvalid() {
    read();
    long entry = ((Number) single("SELECT max(id) FROM audit_entry")).longValue();
    AuditHead published = publisher.publish().orElseThrow();

    try (AuditTampering tampering = AuditTampering.of(jdbcUrl())) {
      tampering.rewrite(entry, "someone-else");

      JsonPath answer = verify();
      assertThat(answer.getBoolean("valid")).isFalse();
      assertThat(answer.getString("broken")).isEqualTo("PUBLISHED_HEAD_NOT_IN_DATABASE");
      assertThat(answer.getLong("firstBrokenId")).isEqualTo(published.position());
    }
    assertThat(verify().getBoolean("valid")).isTrue();
  }

  @Test
  void givenAForgedHeadOnTheTopic_whenVerify_thenIgnoredAndReported() {
    read();
    AuditHead real = publisher.publish().orElseThrow();
    String chain = verifications.chain();
    topic.send(
        chain,
        new AuditHead(chain, real.position() + 5, "0".repeat(64), 0, Instant.now(), null)
            .seal(LedgerKeyring.parse("1:not-the-audit-head-key"), mapper));

    JsonPath answer = verify();

    assertThat(answer.getBoolean("valid")).isTrue();
    assertThat(answer.getLong("publishedHead.position")).isEqualTo(real.position());
    assertThat(answer.getInt("refusedPublications")).isEqualTo(1);
  }

  private static void read() {
    as("maija").get("/api/v1/me/data").then().statusCode(200);
  }

  private JsonPath verify() {
    return as("dpo").get("/api/v1/audit/verify").then().statusCode(200).extract().jsonPath();
  }

  private static String jdbcUrl() {
    return ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
  }

  private void execute(String statement) {
    QuarkusTransaction.requiringNew()
        .run(() -> entityManager.createNativeQuery(statement).getResultList());
  }

  private Object single(String query) {
    return QuarkusTransaction.requiringNew()
        .call(() -> entityManager.createNativeQuery(query).getSingleResult());
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
