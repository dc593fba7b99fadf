package fi.rekisteri.rights.audit;

import static fi.rekisteri.rights.request.RequestApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import fi.rekisteri.platform.audit.AuditHeadPublisher;
import fi.rekisteri.platform.audit.AuditTableOwner;
import fi.rekisteri.rights.support.RightsStack;
import fi.rekisteri.rights.support.Superuser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The audit log is append-only by the database's privileges: the service's own user may only SELECT
 * audit rows and stage entries in {@code audit_pending}, which the audit owner's writer links into
 * the chain ({@link fi.rekisteri.platform.audit.AuditWriter}); the audit owner {@code rights_audit}
 * owns the tables, and the daily audit retention prunes as it, leaving the checkpoint verification
 * starts from.
 */
@QuarkusTest
@WithTestResource(RightsStack.class)
class AuditPrivilegesTest {

  @Inject EntityManager entityManager;
  @Inject AuditTableOwner tableOwner;
  @Inject AuditRetention retention;
  @Inject AuditHeadPublisher headPublisher;

  @Test
  void givenServiceUser_whenPrivileges_thenOnlyInsertAndSelectOnTheAuditTable() {
    assertThat(single("SELECT current_user")).isEqualTo("rights");
    assertThat(single("SELECT tableowner FROM pg_tables WHERE tablename = 'audit_entry'"))
        .isEqualTo("rights_audit");
    assertThat(privilege("UPDATE")).as("UPDATE").isFalse();
    assertThat(privilege("DELETE")).as("DELETE").isFalse();
    assertThat(privilege("TRUNCATE")).as("TRUNCATE").isFalse();
    // appends are staged in audit_pending and linked by the audit owner's writer
    assertThat(privilege("INSERT")).as("INSERT").isFalse();
    assertThat(privilege("SELECT")).as("SELECT").isTrue();
    assertThat(single("SELECT tableowner FROM pg_tables WHERE tablename = 'audit_chain'"))
        .isEqualTo("rights_audit");
  }

  @Test
  void givenServiceUsersOwnConnection_whenChange_thenPermissionDenied() {
    as("maija").get("/api/v1/me/data").then().statusCode(200);

    for (String statement :
        new String[] {
          "UPDATE audit_entry SET actor = 'someone'",
          "DELETE FROM audit_entry",
          "TRUNCATE audit_entry"
        }) {
      assertThatThrownBy(
              () ->
                  QuarkusTransaction.requiringNew()
                      .run(() -> entityManager.createNativeQuery(statement).executeUpdate()))
          .as(statement)
          .satisfies(
              e -> {
                SQLException cause = sqlException(e);
                assertThat(cause.getSQLState()).isEqualTo("42501");
                // refused by the privileges, before the append-only trigger could run
                assertThat(cause.getMessage()).contains("permission denied");
              });
    }
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
                              .createNativeQuery("DELETE FROM audit_entry")
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
    as("maija").get("/api/v1/me/data").then().statusCode(200);
  }

  @Test
  void givenEntriesOlderThanThreeYears_whenRetention_thenPrunedWithACheckpointAndChainStaysValid() {
    as("maija").get("/api/v1/me/data").then().statusCode(200);
    long last = number("SELECT max(id) FROM audit_entry");
    long prunedBefore = number("SELECT pruned FROM audit_chain");
    // the head published outside the database, as the scheduled publication leaves it
    assertThat(headPublisher.publish()).isPresent();
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
    // nothing is three years old yet
    assertThat(retention.run(today)).isZero();
    // the superuser ages the chain up to Maija's read (past 3 years, not past 4)
    Superuser.update(
        "UPDATE audit_entry SET occurred_at = now() - interval '3 years 2 days' WHERE id <= ?",
        last);
    String lastHash = (String) single("SELECT hash FROM audit_entry WHERE id = " + last);
    assertThat(retention.run(today.minusYears(1))).as("a year ago nothing was due").isZero();

    long deleted = retention.run(today);

    assertThat(deleted).isPositive();
    assertThat(number("SELECT count(*) FROM audit_entry WHERE id <= " + last)).isZero();
    assertThat(number("SELECT anchor_id FROM audit_chain")).isEqualTo(last);
    assertThat(single("SELECT anchor_hash FROM audit_chain")).isEqualTo(lastHash);
    assertThat(number("SELECT pruned FROM audit_chain")).isEqualTo(prunedBefore + deleted);
    as("dpo")
        .get("/api/v1/audit/verify")
        .then()
        .statusCode(200)
        .body("valid", equalTo(true))
        .body("firstBrokenId", nullValue());
    assertThat(retention.run(today)).isZero();
  }

  private boolean privilege(String privilege) {
    return (Boolean)
        single("SELECT has_table_privilege(current_user, 'audit_entry', '" + privilege + "')");
  }

  private long number(String query) {
    return ((Number) single(query)).longValue();
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
