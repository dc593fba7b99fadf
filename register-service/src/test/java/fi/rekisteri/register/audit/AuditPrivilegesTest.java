package fi.rekisteri.register.audit;

import static fi.rekisteri.register.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import fi.rekisteri.platform.audit.AuditHeadPublisher;
import fi.rekisteri.platform.audit.AuditPruning;
import fi.rekisteri.platform.audit.AuditTableOwner;
import fi.rekisteri.register.support.Api;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.Superuser;
import fi.rekisteri.register.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The audit log is append-only by the database's privileges: the service's own user may only SELECT
 * audit rows (and stage entries in {@code audit_pending}); the audit owner {@code register_audit}
 * owns every audit table, appends and prunes.
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class AuditPrivilegesTest {

  @Inject EntityManager entityManager;
  @Inject AuditTableOwner tableOwner;
  @Inject AuditPruning pruning;
  @Inject AuditHeadPublisher headPublisher;

  @Test
  void givenServiceUser_whenPrivileges_thenOnlyInsertAndSelectOnTheAuditTable() {
    assertThat(sql("SELECT current_user")).isEqualTo("register");
    assertThat(sql("SELECT tableowner FROM pg_tables WHERE tablename = 'audit_entry'"))
        .isEqualTo("register_audit");
    assertThat(privilege("UPDATE")).as("UPDATE").isFalse();
    assertThat(privilege("DELETE")).as("DELETE").isFalse();
    assertThat(privilege("TRUNCATE")).as("TRUNCATE").isFalse();
    // appends go through the audit owner (AuditWriter)
    assertThat(privilege("INSERT")).as("INSERT").isFalse();
    assertThat(privilege("SELECT")).as("SELECT").isTrue();
    // the chain's head and the staging table are the audit owner's too
    assertThat(sql("SELECT tableowner FROM pg_tables WHERE tablename = 'audit_chain'"))
        .isEqualTo("register_audit");
    assertThat(sql("SELECT tableowner FROM pg_tables WHERE tablename = 'audit_pending'"))
        .isEqualTo("register_audit");
  }

  @Test
  void givenServiceUsersOwnConnection_whenChange_thenPermissionDenied() {
    String id = Api.createContact(TestData.contact());

    for (String statement :
        new String[] {
          "UPDATE audit_entry SET actor = 'someone' WHERE subject_id = '" + id + "'",
          "DELETE FROM audit_entry WHERE subject_id = '" + id + "'",
          "TRUNCATE audit_entry"
        }) {
      assertThatThrownBy(() -> execute(statement))
          .as(statement)
          .satisfies(
              e -> {
                SQLException cause = sqlException(e);
                assertThat(cause.getSQLState()).isEqualTo("42501");
                // refused by the privileges, before the append-only trigger could run
                assertThat(cause.getMessage()).contains("permission denied");
              });
    }
    // even with the retention switch on, the service's user cannot delete
    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          entityManager
                              .createNativeQuery(
                                  "SELECT set_config('rekisteri.audit_retention', 'on', true)")
                              .getSingleResult();
                          entityManager
                              .createNativeQuery("DELETE FROM audit_entry WHERE subject_id = ?1")
                              .setParameter(1, UUID.fromString(id))
                              .executeUpdate();
                        }))
        .satisfies(e -> assertThat(sqlException(e).getSQLState()).isEqualTo("42501"));
  }

  @Test
  void givenSecondStart_whenSecure_thenIdempotent() {
    tableOwner.secure();
    // instances starting at once
    CompletableFuture<Void> one = CompletableFuture.runAsync(tableOwner::secure);
    CompletableFuture<Void> two = CompletableFuture.runAsync(tableOwner::secure);
    CompletableFuture.allOf(one, two).join();

    assertThat(privilege("DELETE")).isFalse();
    assertThat(privilege("INSERT")).isFalse();
    Api.createContact(TestData.contact());
  }

  @Test
  void givenOldEntries_whenPrune_thenDeletedAsTheAuditOwnerWithACheckpointAndTheChainStaysValid() {
    String id = Api.createContact(TestData.contact());
    as("dpo").get("/api/v1/contacts/{id}", id).then().statusCode(200);
    long last =
        ((Number) single("SELECT max(id) FROM audit_entry WHERE subject_id = ?1", id)).longValue();
    long prunedBefore = ((Number) single("SELECT pruned FROM audit_chain", null)).longValue();
    // the head published outside the database, as the scheduled publication leaves it
    assertThat(headPublisher.publish()).isPresent();
    // the superuser ages the chain's oldest entries up to the read (their hashes break: pruning
    // removes them all, so verification must start after them)
    Superuser.update(
        "UPDATE audit_entry SET occurred_at = now() - interval '10 years' WHERE id <= ?", last);
    String lastHash = (String) single("SELECT hash FROM audit_entry WHERE id = ?1", last);

    long deleted = pruning.prune(Instant.now().minus(Duration.ofDays(365)));

    assertThat(deleted).isPositive();
    assertThat(((Number) single("SELECT count(*) FROM audit_entry WHERE id <= ?1", last)))
        .isEqualTo(0L);
    Object[] chain =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    (Object[])
                        entityManager
                            .createNativeQuery(
                                "SELECT anchor_id, anchor_hash, pruned FROM audit_chain")
                            .getSingleResult());
    assertThat(((Number) chain[0]).longValue()).isEqualTo(last);
    assertThat(chain[1]).isEqualTo(lastHash);
    assertThat(((Number) chain[2]).longValue()).isEqualTo(prunedBefore + deleted);
    as("dpo")
        .get("/api/v1/audit/verify")
        .then()
        .statusCode(200)
        .body("valid", equalTo(true))
        .body("firstBrokenId", nullValue());
    assertThat(pruning.prune(Instant.now().minus(Duration.ofDays(365)))).isZero();
  }

  private void execute(String statement) {
    QuarkusTransaction.requiringNew()
        .run(() -> entityManager.createNativeQuery(statement).executeUpdate());
  }

  private boolean privilege(String privilege) {
    return (Boolean)
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    entityManager
                        .createNativeQuery(
                            "SELECT has_table_privilege(current_user, 'audit_entry', ?1)")
                        .setParameter(1, privilege)
                        .getSingleResult());
  }

  private String sql(String query) {
    return (String) single(query, null);
  }

  private Object single(String query, Object parameter) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              var nativeQuery = entityManager.createNativeQuery(query);
              if (parameter != null) {
                nativeQuery.setParameter(
                    1, parameter instanceof String s ? UUID.fromString(s) : parameter);
              }
              return nativeQuery.getSingleResult();
            });
  }

  static SQLException sqlException(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof SQLException e) {
        return e;
      }
    }
    throw new AssertionError("no SQLException in " + thrown, thrown);
  }
}
