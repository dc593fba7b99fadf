package fi.rekisteri.rights.audit;

import static fi.rekisteri.rights.request.RequestApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import fi.rekisteri.rights.support.RightsStack;
import fi.rekisteri.rights.support.Superuser;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The rights service's changes' entries are staged in their own transaction and linked into the
 * chain right after it commits, reads' entries go through the same group commit (as in the
 * register): many audited changes and reads at once each find their entry in the chain when they
 * return, ids and times grow along it and it verifies; a rolled-back change leaves none; an entry a
 * crash left staged joins the chain by the sweep.
 */
@QuarkusTest
@WithTestResource(RightsStack.class)
class AuditStagingTest {

  private static final int CALLS = 24;

  @Inject EntityManager entityManager;
  @Inject AuditLog auditLog;

  @Test
  void givenManyChangesAndReadsAtOnce_whenEachReturns_thenItsEntryIsInTheChainAndChainVerifies()
      throws Exception {
    long before = number("SELECT coalesce(max(id), 0) FROM audit_entry", null);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<UUID> subjects = new ArrayList<>();
    try {
      List<Future<UUID>> calls = new ArrayList<>();
      for (int i = 0; i < CALLS; i++) {
        int n = i;
        calls.add(
            pool.submit(
                () -> {
                  if (n % 3 == 2) {
                    // a data subject's read over HTTP, its entry in the same group commits
                    as("maija").get("/api/v1/me/data").then().statusCode(200);
                    return null;
                  }
                  UUID subject = UUID.randomUUID();
                  ManagedContext context = Arc.container().requestContext();
                  context.activate();
                  try {
                    if (n % 3 == 0) {
                      // a change: staged with it, linked when it has committed
                      QuarkusTransaction.requiringNew()
                          .run(
                              () ->
                                  auditLog.record(
                                      subject, "REDACT_MENTION", "mention:" + UUID.randomUUID()));
                    } else {
                      auditLog.record(subject, AuditLog.READ, "request");
                    }
                  } finally {
                    context.terminate();
                  }
                  // asked at once, on this thread: the call returned after the entry was linked
                  assertThat(
                          number("SELECT count(*) FROM audit_entry WHERE subject_id = ?1", subject))
                      .as("entry of %s in the chain when the call returned", subject)
                      .isEqualTo(1);
                  return subject;
                }));
      }
      for (Future<UUID> call : calls) {
        UUID subject = call.get();
        if (subject != null) {
          subjects.add(subject);
        }
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(subjects).doesNotHaveDuplicates().hasSize(CALLS - CALLS / 3);
    assertThat(number("SELECT count(*) FROM audit_pending", null)).isZero();
    assertThat(number("SELECT count(*) FROM audit_entry WHERE id > ?1", before))
        .as("every call's entry, the HTTP reads' among them")
        .isGreaterThanOrEqualTo(CALLS);
    assertThat(
            number(
                "SELECT count(*) FROM (SELECT occurred_at, prev_hash,"
                    + " lag(occurred_at) OVER (ORDER BY id) AS before_at,"
                    + " lag(hash) OVER (ORDER BY id) AS before_hash FROM audit_entry"
                    + " WHERE id >= ?1) e"
                    + " WHERE e.occurred_at < e.before_at OR e.prev_hash <> e.before_hash",
                before))
        .as("entries whose time goes back or that do not link to the one before")
        .isZero();
    as("dpo").get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
  }

  @Test
  void givenChangeRolledBack_whenItHadRecordedItsEntry_thenNoEntryStagedOrChained() {
    UUID subject = UUID.randomUUID();

    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          auditLog.record(subject, "REDACT_MENTION", "mention:x");
                          assertThat(
                                  entityManager
                                      .createNativeQuery(
                                          "SELECT count(*) FROM audit_pending"
                                              + " WHERE subject_id = ?1")
                                      .setParameter(1, subject)
                                      .getSingleResult())
                              .as("staged in the change's transaction")
                              .isEqualTo(1L);
                          throw new IllegalStateException("the change failed");
                        }))
        .hasMessageContaining("the change failed");

    assertThat(number("SELECT count(*) FROM audit_pending WHERE subject_id = ?1", subject))
        .isZero();
    assertThat(number("SELECT count(*) FROM audit_entry WHERE subject_id = ?1", subject)).isZero();
  }

  @Test
  void givenEntryLeftStagedByACrash_whenTheWriterSweeps_thenItJoinsTheChain() throws Exception {
    UUID subject = UUID.randomUUID();
    // committed with its change, but the service died before linking it
    Superuser.update(
        "INSERT INTO audit_pending (recorded_at, actor, role, subject_id, action, resource,"
            + " purpose) VALUES (now(), 'dpo', 'dpo', ?, 'SUBJECT_ATTACHED', 'request:x',"
            + " 'data-protection-supervision')",
        subject);

    long deadline = System.nanoTime() + 10_000_000_000L;
    while (number("SELECT count(*) FROM audit_entry WHERE subject_id = ?1", subject) == 0
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }

    assertThat(number("SELECT count(*) FROM audit_entry WHERE subject_id = ?1", subject))
        .as("swept into the chain within 10 s")
        .isEqualTo(1);
    assertThat(number("SELECT count(*) FROM audit_pending WHERE subject_id = ?1", subject))
        .isZero();
    as("dpo").get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
  }

  private long number(String sql, Object parameter) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              var query = entityManager.createNativeQuery(sql);
              if (parameter != null) {
                query.setParameter(1, parameter);
              }
              return ((Number) query.getSingleResult()).longValue();
            });
  }
}
