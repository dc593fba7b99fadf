package fi.rekisteri.rights.erasure;

import static fi.rekisteri.rights.request.RequestApi.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import fi.rekisteri.rights.support.RetentionErasures;
import fi.rekisteri.rights.support.RightsStack;
import fi.rekisteri.stack.SendsBadInput;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * See docs/promises.md: the register's own erasures (a retention period or an erasure hold ended)
 * get the same Art. 19 tasks as a request's erasure, one per recipient and processor of the
 * subject's ledger, visible to the DPO and confirmed by her; never twice for one event.
 */
@QuarkusTest
@WithTestResource(RightsStack.class)
class RetentionNoticesTest {

  @Test
  void givenRetentionPeriodEnded_whenJobRuns_thenOneOpenTaskPerRecipientOnce() {
    UUID subjectId = UUID.randomUUID();
    RetentionErasures.publish(subjectId, "retention:2026-12-06:" + subjectId);

    List<RetentionNotice.View> tasks = RetentionErasures.awaitTasks(subjectId, 3);

    // the fake register's ledger for any subject: the bookkeeper, the debt collector and the
    // newsletter processor (the register's golden recipients.json)
    assertThat(tasks)
        .extracting(RetentionNotice.View::recipientName)
        .containsExactlyInAnyOrder(
            "Tilitoimisto Laskuri Oy", "Perintä Oy", "Uutiskirje Palvelu Oy");
    assertThat(tasks)
        .allSatisfy(
            t -> {
              assertThat(t.cause()).isEqualTo(RetentionNotice.Cause.RETENTION_PERIOD);
              assertThat(t.erasedOn()).isEqualTo(LocalDate.of(2026, 12, 6));
              assertThat(t.status()).isEqualTo(RetentionNotice.Status.OPEN);
            });
    assertThat(tasks)
        .filteredOn(t -> t.recipientName().equals("Perintä Oy"))
        .extracting(RetentionNotice.View::recipientKind)
        .containsExactly(RetentionNotice.RecipientKind.RECIPIENT);

    // the same event again, and the job again: nothing added
    RetentionErasures.notices().createDue();
    RetentionErasures.notices().createDue();
    assertThat(RetentionErasures.of(subjectId)).hasSize(3);

    as("dpo")
        .queryParam("status", "OPEN")
        .get("/api/v1/erasures/notifications")
        .then()
        .statusCode(200)
        .body("subjectId", hasItem(subjectId.toString()));
  }

  @Test
  void givenHoldEnded_whenJobRuns_thenTasksNamedHoldEnded() {
    UUID subjectId = UUID.randomUUID();
    RetentionErasures.publish(subjectId, "retention:2026-12-05");

    List<RetentionNotice.View> tasks = RetentionErasures.awaitTasks(subjectId, 3);

    assertThat(tasks)
        .extracting(RetentionNotice.View::cause)
        .containsOnly(RetentionNotice.Cause.HOLD_ENDED);
    assertThat(tasks)
        .extracting(RetentionNotice.View::erasedOn)
        .containsOnly(LocalDate.of(2026, 12, 5));
  }

  @Test
  void givenARequestsErasure_whenJobRuns_thenNoTaskHere() throws Exception {
    // a request's erasure has its tasks on the request (NotificationService), not here
    UUID requestSubject = UUID.randomUUID();
    RetentionErasures.publish(requestSubject, UUID.randomUUID().toString());
    // a retention erasure published after it: once its tasks are there, the first was consumed too
    // (one partition per key, but both pass the same consumer; wait for the later one)
    UUID later = UUID.randomUUID();
    RetentionErasures.publish(later, "retention:2026-12-06:" + later);
    RetentionErasures.awaitTasks(later, 3);
    Thread.sleep(Duration.ofSeconds(2).toMillis());
    RetentionErasures.notices().createDue();

    assertThat(RetentionErasures.of(requestSubject)).isEmpty();
  }

  @Test
  void givenOpenTask_whenDpoConfirms_thenConfirmedOnceWithNote() {
    UUID task = RetentionErasures.openTask();

    as("dpo")
        .body(Map.of("note", "Ilmoitettu sähköpostilla"))
        .post("/api/v1/erasures/notifications/{id}/confirm", task)
        .then()
        .statusCode(200)
        .body("status", equalTo("CONFIRMED"))
        .body("confirmedBy", equalTo("dpo"))
        .body("note", equalTo("Ilmoitettu sähköpostilla"));
    // a repeat changes nothing
    as("admin")
        .body(Map.of("note", "toinen"))
        .post("/api/v1/erasures/notifications/{id}/confirm", task)
        .then()
        .statusCode(200)
        .body("confirmedBy", equalTo("dpo"))
        .body("note", equalTo("Ilmoitettu sähköpostilla"));
    as("dpo")
        .queryParam("status", "OPEN")
        .get("/api/v1/erasures/notifications")
        .then()
        .statusCode(200)
        .body("id", not(hasItem(task.toString())));
  }

  @Test
  @SendsBadInput("a status that is neither OPEN nor CONFIRMED")
  void givenBadInputOrUnknownTask_thenProblemNamingTheField() {
    as("dpo")
        .queryParam("status", "DONE")
        .get("/api/v1/erasures/notifications")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("status"));
    as("dpo")
        .body(Map.of())
        .post("/api/v1/erasures/notifications/{id}/confirm", UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void givenNoTokenOrAnotherRole_thenRefused() {
    given().get("/api/v1/erasures/notifications").then().statusCode(401);
    as("sales").get("/api/v1/erasures/notifications").then().statusCode(403);
    as("maija").get("/api/v1/erasures/notifications").then().statusCode(403);
    as("accounting")
        .body(Map.of())
        .post("/api/v1/erasures/notifications/{id}/confirm", UUID.randomUUID())
        .then()
        .statusCode(403);
  }
}
