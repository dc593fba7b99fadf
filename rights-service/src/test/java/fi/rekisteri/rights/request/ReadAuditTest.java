package fi.rekisteri.rights.request;

import static fi.rekisteri.rights.request.RequestApi.MAIJA_EMAIL;
import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import fi.rekisteri.rights.support.FakeRegister;
import fi.rekisteri.rights.support.RightsStack;
import fi.rekisteri.rights.support.Superuser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reads of a person's data in the rights service are audit entries in a hash chain. */
@QuarkusTest
@WithTestResource(RightsStack.class)
class ReadAuditTest {

  @Inject EntityManager entityManager;

  @Test
  void givenMatchedRequest_whenDpoReadsItAndItsLetters_thenReadsAuditedForItsSubject() {
    String requester = email("audit");
    String id = RequestApi.verified("ACCESS", requester);
    as("dpo").post("/api/v1/requests/{id}/execute", id).then().statusCode(200);
    as("dpo").get("/api/v1/requests/{id}", id).then().statusCode(200);
    as("admin").get("/api/v1/requests/{id}/letters", id).then().statusCode(200);
    UUID subject = FakeRegister.subjectId(requester);

    as("dpo")
        .queryParam("subjectId", subject)
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("items.action", everyItem(equalTo("READ")))
        .body("items.resource", hasItems("request:" + id, "letters:" + id))
        .body("items.actor", hasItems("dpo", "admin"))
        .body("items.subjectId", everyItem(equalTo(subject.toString())));
    as("dpo")
        .get("/api/v1/audit/verify")
        .then()
        .statusCode(200)
        .body("valid", equalTo(true))
        .body("firstBrokenId", nullValue());
  }

  @Test
  void givenMaija_whenReadingHerData_thenAuditedWithHerAsActorNotTheServiceAccount() {
    as("maija").get("/api/v1/me/data").then().statusCode(200);

    as("admin")
        .queryParam("subjectId", FakeRegister.subjectId(MAIJA_EMAIL))
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("items.resource", hasItem("my-data"))
        .body("items.actor", hasItem(startsWith("data-subject:")))
        .body("items.actor", not(hasItem("rights-service")))
        .body("items.purpose", hasItem("own-data"));
  }

  @Test
  void givenServiceUser_whenChangingOrDeletingAnEntry_thenTheDatabaseRefuses() {
    as("maija").get("/api/v1/me/data").then().statusCode(200);

    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () ->
                            entityManager
                                .createNativeQuery("UPDATE audit_entry SET actor = 'someone'")
                                .executeUpdate()))
        .hasStackTraceContaining("permission denied for table audit_entry");
    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () ->
                            entityManager
                                .createNativeQuery("DELETE FROM audit_entry")
                                .executeUpdate()))
        .hasStackTraceContaining("permission denied for table audit_entry");
  }

  @Test
  void givenEntryChangedBySuperuser_whenVerified_thenInvalidAtThatEntry() {
    as("maija").get("/api/v1/me/data").then().statusCode(200);
    long last =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    ((Number)
                            entityManager
                                .createNativeQuery("SELECT max(id) FROM audit_entry")
                                .getSingleResult())
                        .longValue());

    Superuser.update("UPDATE audit_entry SET purpose = 'something else' WHERE id = ?", last);
    try {
      as("dpo")
          .get("/api/v1/audit/verify")
          .then()
          .statusCode(200)
          .body("valid", equalTo(false))
          .body("firstBrokenId", equalTo((int) last));
    } finally {
      Superuser.update("UPDATE audit_entry SET purpose = 'own-data' WHERE id = ?", last);
    }
    as("dpo").get("/api/v1/audit/verify").then().body("valid", equalTo(true));
  }
}
