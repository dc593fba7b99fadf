package fi.rekisteri.register.audit;

import static fi.rekisteri.register.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;

import fi.rekisteri.register.support.Api;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.Superuser;
import fi.rekisteri.register.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The audit log is hash-chained and append-only for the service's own database user (privileges).
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class AuditChainTest {

  @Inject EntityManager entityManager;

  @Test
  void givenReadsAndWrites_whenVerify_thenChainValidForDpoAndAdminOnly() {
    String id = Api.createContact(TestData.contact());
    as("sales").get("/api/v1/contacts/{id}", id).then().statusCode(200);

    as("dpo")
        .get("/api/v1/audit/verify")
        .then()
        .statusCode(200)
        .body("valid", equalTo(true))
        .body("entries", greaterThan(1))
        .body("firstBrokenId", nullValue());
    as("admin").get("/api/v1/audit/verify").then().statusCode(200);
    as("sales").get("/api/v1/audit/verify").then().statusCode(403);
    given().get("/api/v1/audit/verify").then().statusCode(401);
  }

  @Test
  void givenServiceUser_whenUpdate_thenRefusedByTheDatabase() {
    String id = Api.createContact(TestData.contact());

    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () ->
                            entityManager
                                .createNativeQuery(
                                    "UPDATE audit_entry SET actor = 'someone' WHERE subject_id = ?1")
                                .setParameter(1, UUID.fromString(id))
                                .executeUpdate()))
        .hasStackTraceContaining("permission denied for table audit_entry");
    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () ->
                            entityManager
                                .createNativeQuery("DELETE FROM audit_entry WHERE subject_id = ?1")
                                .setParameter(1, UUID.fromString(id))
                                .executeUpdate()))
        .hasStackTraceContaining("permission denied for table audit_entry");
  }

  @Test
  void givenEntryChangedBySuperuser_whenVerify_thenInvalidAtThatEntry() {
    String id = Api.createContact(TestData.contact());
    as("accounting").get("/api/v1/contacts/{id}", id).then().statusCode(200);
    long read = readEntry(id);

    Superuser.update("UPDATE audit_entry SET actor = 'someone-else' WHERE id = ?", read);
    try {
      as("dpo")
          .get("/api/v1/audit/verify")
          .then()
          .statusCode(200)
          .body("valid", equalTo(false))
          .body("firstBrokenId", equalTo((int) read));
    } finally {
      Superuser.update("UPDATE audit_entry SET actor = 'accounting' WHERE id = ?", read);
    }
    as("dpo").get("/api/v1/audit/verify").then().body("valid", equalTo(true));
  }

  @Test
  void givenStoredEntry_whenHash_thenJavaAndMigrationFunctionAgree() {
    String id = Api.createContact(TestData.contact());
    long read = readEntry(id);

    Object[] row =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    (Object[])
                        entityManager
                            .createNativeQuery(
                                "SELECT hash, audit_entry_hash(prev_hash, id, occurred_at, actor,"
                                    + " role, subject_id, action, resource, purpose)"
                                    + " FROM audit_entry WHERE id = ?1")
                            .setParameter(1, read)
                            .getSingleResult());

    assertThat(row[1]).isEqualTo(row[0]);
  }

  private long readEntry(String subject) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        entityManager
                            .createNativeQuery(
                                "SELECT max(id) FROM audit_entry WHERE subject_id = ?1")
                            .setParameter(1, UUID.fromString(subject))
                            .getSingleResult())
                    .longValue());
  }
}
