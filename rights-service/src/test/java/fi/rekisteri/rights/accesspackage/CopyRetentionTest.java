package fi.rekisteri.rights.accesspackage;

import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import fi.rekisteri.rights.request.RequestApi;
import fi.rekisteri.rights.support.EventProducer;
import fi.rekisteri.rights.support.FakeRegister;
import fi.rekisteri.rights.support.RightsStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Stored copies (R10, R16): the register's ContactErased deletes the person's access and
 * portability copies at once; a delivered copy goes {@code rekisteri.retention.access-copy-days}
 * (90) after its request closed. The request, its letters and its timeline stay.
 */
@QuarkusTest
@WithTestResource(RightsStack.class)
class CopyRetentionTest {

  @Inject CopyRetention retention;

  /** An ACCESS request executed (so closed today) whose copy is downloadable. */
  private static String completedAccess(String requester) {
    String id = RequestApi.verified("ACCESS", requester);
    as("dpo")
        .post("/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"))
        .body("packageAvailable", equalTo(true));
    as("dpo").get("/api/v1/requests/{id}/package", id).then().statusCode(200);
    return id;
  }

  private static void assertCopyDeletedButLettersKept(String id, String reason) {
    as("dpo")
        .get("/api/v1/requests/{id}/package", id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("deleted"));
    as("dpo")
        .get("/api/v1/requests/{id}", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"))
        .body("packageAvailable", equalTo(false))
        .body("timeline.findAll { it.action == 'COPY_DELETED' }", hasSize(1))
        .body("timeline.find { it.action == 'COPY_DELETED' }.actor", equalTo("system"))
        .body("timeline.find { it.action == 'COPY_DELETED' }.reason", equalTo(reason));
    as("dpo")
        .get("/api/v1/requests/{id}/letters", id)
        .then()
        .statusCode(200)
        .body("kind", hasItem("COMPLETION"))
        .body("[0].body", containsString("maksuton"));
  }

  @Test
  void givenCompletedAccess_whenRegisterReportsContactErased_thenCopyDeletedAndLettersKept() {
    String requester = email("erased");
    UUID subjectId = FakeRegister.subjectId(requester);
    String id = completedAccess(requester);
    String otherPersons = completedAccess(email("bystander"));

    EventProducer.send(
        "contact.events",
        subjectId.toString(),
        EventProducer.example("ContactErased.json", subjectId, UUID.randomUUID()));

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                as("dpo")
                    .get("/api/v1/requests/{id}", id)
                    .then()
                    .body("timeline.action", hasItem("COPY_DELETED")));
    assertCopyDeletedButLettersKept(id, "The register erased the person's data");
    as("dpo").get("/api/v1/requests/{id}/package", otherPersons).then().statusCode(200);
    as("dpo")
        .get("/api/v1/requests/{id}", otherPersons)
        .then()
        .body("timeline.action", not(hasItem("COPY_DELETED")));
  }

  @Test
  void givenAccessClosedToday_whenRetentionRunsAfter89And91Days_thenCopyDeletedOnlyAfter90() {
    String id = completedAccess(email("retained"));

    retention.run(RequestApi.today().plusDays(89));

    as("dpo").get("/api/v1/requests/{id}/package", id).then().statusCode(200);
    as("dpo")
        .get("/api/v1/requests/{id}", id)
        .then()
        .body("packageAvailable", equalTo(true))
        .body("timeline.action", not(hasItem("COPY_DELETED")));

    retention.run(RequestApi.today().plusDays(91));

    assertCopyDeletedButLettersKept(id, "The retention period of delivered copies ended");
  }
}
