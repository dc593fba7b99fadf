package fi.rekisteri.rights.request;

import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static fi.rekisteri.rights.request.RequestApi.intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import fi.rekisteri.rights.support.RightsStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The DPO records a request; deadlines on fixed past dates (checked with python3 datetime). */
@QuarkusTest
@WithTestResource(RightsStack.class)
class IntakeTest {

  @Test
  void givenReceivedOnTheDayTheGdprApplied_whenRecorded_thenAccepted() {
    Map<String, Object> body = intake("ACCESS", email("intake"));
    body.put("receivedOn", "2018-05-25");

    as("dpo").body(body).post("/api/v1/requests").then().statusCode(201);
  }

  @Test
  void givenLetterReceivedOn31January2026_whenRecorded_thenDueMonday2MarchAndTarget19February() {
    // 28 Feb 2026 is a Saturday: the one-month end rolls to Monday 2 March
    Map<String, Object> body = intake("ACCESS", email("intake"));
    body.put("channel", "LETTER");
    body.put("receivedOn", "2026-01-31");

    Response response = as("dpo").body(body).post("/api/v1/requests");

    response
        .then()
        .statusCode(201)
        .header("Location", notNullValue())
        .header("ETag", notNullValue())
        .body("id", notNullValue())
        .body("status", equalTo("RECEIVED"))
        .body("dueDate", equalTo("2026-03-02"))
        .body("targetDate", equalTo("2026-02-19"))
        .body("channel", equalTo("LETTER"))
        .body("language", equalTo("fi"))
        .body("identity.verified", equalTo(false));
    String id = response.path("id");
    assertThat(response.header("Location")).endsWith("/api/v1/requests/" + id);
  }

  @Test
  void givenRecordedRequest_whenRead_thenSameWithTimeline() {
    Map<String, Object> body = intake("ERASURE", email("intake"));
    body.put("receivedOn", "2026-04-30");
    body.put("language", "en");
    String id = RequestApi.create(body);

    as("dpo")
        .get("/api/v1/requests/{id}", id)
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("type", equalTo("ERASURE"))
        .body("language", equalTo("en"))
        // 30 May 2026 is a Saturday, 1 June a Monday
        .body("dueDate", equalTo("2026-06-01"))
        .body("overdue", equalTo(true))
        .body("timeline", hasSize(1))
        .body("timeline[0].action", equalTo("RECEIVED"))
        .body("timeline[0].actor", equalTo("dpo"))
        .body("timeline[0].toStatus", equalTo("RECEIVED"))
        .body("timeline[0].at", notNullValue());
  }

  @Test
  void givenObjectionOnParticularSituation_whenRecorded_thenKindAndSituationKept() {
    Map<String, Object> body = intake("OBJECTION", email("intake"));
    body.put("objectionKind", "PARTICULAR_SITUATION");
    body.put("situation", "Toimin yhdistyksen puheenjohtajana enkä halua yhteydenottoja.");

    as("dpo")
        .body(body)
        .post("/api/v1/requests")
        .then()
        .statusCode(201)
        .body("objection.kind", equalTo("PARTICULAR_SITUATION"))
        .body("objection.situation", notNullValue());
  }

  @Test
  void givenIdentityVerifiedByDpo_whenRecorded_thenInProgressAndInTimeline() {
    String id = RequestApi.create("ACCESS", email("intake"));

    as("dpo")
        .body(Map.of("method", "DPO_CHECK", "note", "asked the order number of the last delivery"))
        .post("/api/v1/requests/{id}/identity", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("IN_PROGRESS"))
        .body("identity.method", equalTo("DPO_CHECK"))
        .body("identity.verifiedBy", equalTo("dpo"))
        .body("timeline[1].action", equalTo("IDENTITY_VERIFIED"))
        .body("timeline[1].fromStatus", equalTo("RECEIVED"))
        .body("timeline[1].toStatus", equalTo("IN_PROGRESS"));
  }

  @Test
  void givenRepeatAccessWithin12Months_whenRecorded_thenFlaggedNotBilled() {
    String requester = email("repeat");
    Map<String, Object> first = intake("ACCESS", requester);
    first.put("receivedOn", "2026-02-01");
    RequestApi.create(first);
    Map<String, Object> second = intake("ACCESS", requester.toUpperCase());
    second.put("receivedOn", "2026-06-01");

    as("dpo")
        .body(second)
        .post("/api/v1/requests")
        .then()
        .statusCode(201)
        .body("repeatWithin12Months", equalTo(true))
        .body("timeline.action", org.hamcrest.Matchers.hasItem("REPEAT_ACCESS_FLAGGED"));
  }

  @Test
  void givenRepeatErasureWithin12Months_whenRecorded_thenFlaggedAsRepeatRequest() {
    String requester = email("repeat-erasure");
    Map<String, Object> first = intake("ERASURE", requester);
    first.put("receivedOn", "2026-02-01");
    RequestApi.create(first);
    Map<String, Object> second = intake("ERASURE", requester);
    second.put("receivedOn", "2026-11-20");

    as("dpo")
        .body(second)
        .post("/api/v1/requests")
        .then()
        .statusCode(201)
        .body("repeatWithin12Months", equalTo(true))
        .body("timeline.action", org.hamcrest.Matchers.hasItem("REPEAT_REQUEST_FLAGGED"));
  }

  @Test
  void givenOtherTypeOrOlderThan12Months_whenRecorded_thenNotFlagged() {
    String requester = email("not-repeat");
    Map<String, Object> erasure = intake("ERASURE", requester);
    erasure.put("receivedOn", "2025-06-01");
    RequestApi.create(erasure);
    Map<String, Object> objection = intake("RESTRICTION", requester);
    objection.put("receivedOn", "2026-06-01");
    RequestApi.create(objection);
    Map<String, Object> later = intake("ERASURE", requester);
    later.put("receivedOn", "2026-06-02");

    as("dpo")
        .body(later)
        .post("/api/v1/requests")
        .then()
        .statusCode(201)
        .body("repeatWithin12Months", equalTo(false))
        .body(
            "timeline.action",
            org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("REPEAT_REQUEST_FLAGGED")));
  }

  @Test
  void givenUnknownId_whenRead_thenNotFoundProblem() {
    as("dpo")
        .get("/api/v1/requests/{id}", java.util.UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
