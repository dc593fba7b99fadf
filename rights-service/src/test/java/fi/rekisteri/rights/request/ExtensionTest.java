package fi.rekisteri.rights.request;

import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static fi.rekisteri.rights.request.RequestApi.intake;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import fi.rekisteri.rights.deadline.WorkingDays;
import fi.rekisteri.rights.support.RightsStack;
import fi.rekisteri.stack.SendsBadInput;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Art. 12(3): once, within the first month, with reasons; receipt + 3 months, rolled. */
@QuarkusTest
@WithTestResource(RightsStack.class)
class ExtensionTest {

  private static String recent(LocalDate receivedOn) {
    Map<String, Object> body = intake("ACCESS", email("extension"));
    body.put("receivedOn", receivedOn.toString());
    return RequestApi.create(body);
  }

  @Test
  void givenRequestInItsFirstMonth_whenExtendedWithReason_thenDueReceiptPlusThreeMonthsRolled() {
    LocalDate receivedOn = RequestApi.today().minusDays(3);
    String id = recent(receivedOn);
    LocalDate expected = new WorkingDays().rollToWorkingDay(receivedOn.plusMonths(3));

    as("dpo")
        .body(Map.of("reason", "Pyyntö koskee laajaa aineistoa useista järjestelmistä."))
        .post("/api/v1/requests/{id}/extension", id)
        .then()
        .statusCode(200)
        .body("dueDate", equalTo(expected.toString()))
        .body("status", equalTo("EXTENDED"))
        .body("extension.extended", equalTo(true))
        .body("timeline.action", hasItem("EXTENDED"));
    as("dpo")
        .get("/api/v1/requests/{id}/letters", id)
        .then()
        .statusCode(200)
        .body("kind", hasItem("EXTENSION_NOTICE"))
        .body("[0].language", equalTo("fi"))
        .body("[0].body", containsString("laajaa aineistoa"));
  }

  @SendsBadInput("a blank and a missing reason")
  @Test
  void givenBlankReason_whenExtended_thenConflictNamingReasonAndDeadlineUnchanged() {
    LocalDate receivedOn = RequestApi.today().minusDays(1);
    String id = recent(receivedOn);
    String due = RequestApi.read(id).getString("dueDate");

    as("dpo")
        .body(Map.of("reason", "  "))
        .post("/api/v1/requests/{id}/extension", id)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("reason"));
    as("dpo").body(Map.of()).post("/api/v1/requests/{id}/extension", id).then().statusCode(400);

    as("dpo")
        .get("/api/v1/requests/{id}", id)
        .then()
        .body("dueDate", equalTo(due))
        .body("extension.extended", equalTo(false));
  }

  @Test
  void givenFirstMonthPassed_whenExtended_thenConflict() {
    // received 31 Jan 2026: the first month ended on 2 March 2026
    String id = recent(LocalDate.of(2026, 1, 31));

    as("dpo")
        .body(Map.of("reason", "Ruuhka"))
        .post("/api/v1/requests/{id}/extension", id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("first month"));
  }

  @Test
  void givenExtendedOnce_whenExtendedAgain_thenConflict() {
    String id = recent(RequestApi.today());
    as("dpo")
        .body(Map.of("reason", "Ruuhka"))
        .post("/api/v1/requests/{id}/extension", id)
        .then()
        .statusCode(200);

    as("dpo")
        .body(Map.of("reason", "Vielä lisää aikaa"))
        .post("/api/v1/requests/{id}/extension", id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("once"));
  }
}
