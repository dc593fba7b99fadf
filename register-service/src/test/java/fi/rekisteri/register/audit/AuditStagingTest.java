package fi.rekisteri.register.audit;

import static fi.rekisteri.register.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.rekisteri.register.support.Api;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.Superuser;
import fi.rekisteri.register.support.TestData;
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
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * Changes' entries are staged in their own transaction and linked into the chain right after it
 * commits (docs/benchmark.md): many writes at once each find their entry in the chain when they
 * answer; a rolled-back change leaves none; an entry a crash left staged joins the chain by the
 * sweep.
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class AuditStagingTest {

  private static final int WRITES = 24;

  @Inject EntityManager entityManager;
  @Inject AuditLog auditLog;

  @Test
  void givenManyWritesAtOnce_whenEachAnswers_thenItsEntryIsInTheChainAndNothingStaysStaged()
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<String> ids = new ArrayList<>();
    try {
      List<Future<String>> writes = new ArrayList<>();
      for (int i = 0; i < WRITES; i++) {
        writes.add(
            pool.submit(
                () -> {
                  String id = Api.createContact(TestData.contact());
                  // asked at once, on this thread: the answer came after the entry was linked
                  assertThat(count("SELECT count(*) FROM audit_entry WHERE subject_id = ?1", id))
                      .as("CREATE entry of %s in the chain when the write answered", id)
                      .isEqualTo(1);
                  return id;
                }));
      }
      for (Future<String> write : writes) {
        ids.add(write.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(ids).doesNotHaveDuplicates().hasSize(WRITES);
    assertThat(count("SELECT count(*) FROM audit_pending", null)).isZero();
    as("dpo").get("/api/v1/audit/verify").then().statusCode(200).body("valid", Matchers.is(true));
  }

  @Test
  void givenChangeRolledBack_whenItHadRecordedItsEntry_thenNoEntryStagedOrChained() {
    UUID subject = UUID.randomUUID();

    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          auditLog.record(subject, AuditAction.UPDATE, "contact");
                          throw new IllegalStateException("the change failed");
                        }))
        .hasMessageContaining("the change failed");

    assertThat(count("SELECT count(*) FROM audit_pending WHERE subject_id = ?1", subject)).isZero();
    assertThat(count("SELECT count(*) FROM audit_entry WHERE subject_id = ?1", subject)).isZero();
  }

  @Test
  void givenEntryLeftStagedByACrash_whenTheWriterSweeps_thenItJoinsTheChain() throws Exception {
    UUID subject = UUID.randomUUID();
    // committed with its change, but the service died before linking it
    Superuser.update(
        "INSERT INTO audit_pending (recorded_at, actor, role, subject_id, action, resource,"
            + " purpose) VALUES (now(), 'sales', 'sales', ?, 'UPDATE', 'contact',"
            + " 'customer-relationship')",
        subject);

    long deadline = System.nanoTime() + 10_000_000_000L;
    while (count("SELECT count(*) FROM audit_entry WHERE subject_id = ?1", subject) == 0
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }

    assertThat(count("SELECT count(*) FROM audit_entry WHERE subject_id = ?1", subject))
        .as("swept into the chain within 10 s")
        .isEqualTo(1);
    assertThat(count("SELECT count(*) FROM audit_pending WHERE subject_id = ?1", subject)).isZero();
    as("dpo").get("/api/v1/audit/verify").then().statusCode(200).body("valid", Matchers.is(true));
  }

  private long count(String sql, Object subject) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              var query = entityManager.createNativeQuery(sql);
              if (subject != null) {
                query.setParameter(
                    1, subject instanceof UUID u ? u : UUID.fromString(subject.toString()));
              }
              return ((Number) query.getSingleResult()).longValue();
            });
  }
}
