package fi.rekisteri.rights.request;

import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import fi.rekisteri.rights.support.RightsStack;
import fi.rekisteri.stack.SendsBadInput;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Status changes by the DPO; an illegal one is a 409 problem. */
@QuarkusTest
@WithTestResource(RightsStack.class)
class TransitionTest {

  @Test
  void givenRequestInProgress_whenHeldAndResumed_thenBackInProgress() {
    String id = RequestApi.verified("ACCESS", email("transition"));

    as("dpo")
        .body(Map.of("reason", "Odotetaan asiakkaan tarkennusta"))
        .post("/api/v1/requests/{id}/hold", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("ON_HOLD"))
        .body("holdReason", equalTo("Odotetaan asiakkaan tarkennusta"));
    as("dpo")
        .post("/api/v1/requests/{id}/resume", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("IN_PROGRESS"))
        .body("timeline.action", hasItems("ON_HOLD", "RESUMED"));
  }

  @Test
  void givenRequestNotOnHold_whenResumed_thenConflictProblem() {
    String id = RequestApi.create("ACCESS", email("transition"));

    as("dpo")
        .post("/api/v1/requests/{id}/resume", id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("status", equalTo(409));
  }

  @Test
  void givenWithdrawnRequest_whenRefusedOrHeld_thenConflictAndStillWithdrawn() {
    String id = RequestApi.create("ERASURE", email("transition"));
    as("dpo")
        .body(Map.of("reason", "Asiakas perui puhelimessa"))
        .post("/api/v1/requests/{id}/withdraw", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"));

    as("dpo")
        .body(Map.of("reasons", "x"))
        .post("/api/v1/requests/{id}/refuse", id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("WITHDRAWN"));
    as("dpo")
        .body(Map.of("reason", "x"))
        .post("/api/v1/requests/{id}/hold", id)
        .then()
        .statusCode(409);
    as("dpo").post("/api/v1/requests/{id}/execute", id).then().statusCode(409);

    as("dpo").get("/api/v1/requests/{id}", id).then().body("status", equalTo("WITHDRAWN"));
    as("dpo")
        .get("/api/v1/requests/{id}/letters", id)
        .then()
        .body("kind", hasItem("WITHDRAWAL_CONFIRMATION"));
  }

  @Test
  void givenRequestOnHold_whenCompleted_thenConflict() {
    String id = RequestApi.create("ACCESS", email("transition"));
    as("dpo")
        .body(Map.of("reason", "Selvitetään"))
        .post("/api/v1/requests/{id}/hold", id)
        .then()
        .statusCode(200);

    as("dpo")
        .body(Map.of())
        .post("/api/v1/requests/{id}/complete", id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("ON_HOLD"));
  }

  @Test
  void givenRefusal_whenRecorded_thenLetterWithReasonsAndComplaintAuthority() {
    String id = RequestApi.create("RECTIFICATION", email("transition"));

    as("dpo")
        .body(Map.of("reasons", "Tiedot ovat oikein: tilaus on tehty ilmoittamallanne nimellä."))
        .post("/api/v1/requests/{id}/refuse", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("REFUSED"))
        .body("closedAt", org.hamcrest.Matchers.notNullValue());
    as("dpo")
        .get("/api/v1/requests/{id}/letters", id)
        .then()
        .statusCode(200)
        .body("[0].kind", equalTo("REFUSAL"))
        .body("[0].body", containsString("Tiedot ovat oikein"))
        .body("[0].body", containsString("Tietosuojavaltuutetun toimisto"))
        .body("[0].body", containsString("tietosuoja@om.fi"));
  }

  @Test
  void givenExcessiveRepeat_whenRefusedUnderArticle12_5_thenOutcomeAndLetterNameTheGround() {
    String requester = email("excessive");
    Map<String, Object> first = RequestApi.intake("ACCESS", requester);
    first.put("receivedOn", "2026-09-01");
    RequestApi.create(first);
    String id = RequestApi.create("ACCESS", requester);

    as("dpo")
        .body(
            Map.of(
                "reasons",
                "Olette pyytäneet samoja tietoja neljä kertaa kolmen kuukauden aikana.",
                "ground",
                "EXCESSIVE"))
        .post("/api/v1/requests/{id}/refuse", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("REFUSED"))
        .body("outcome", equalTo("EXCESSIVE"))
        .body("repeatWithin12Months", equalTo(true))
        .body(
            "timeline.find { it.action == 'REFUSED' }.detailNote.params.ground",
            equalTo("EXCESSIVE"))
        .body(
            "timeline.find { it.action == 'REFUSED' }.detail",
            equalTo("ground: excessive (GDPR Art. 12(5))"));
    as("dpo")
        .get("/api/v1/requests/{id}/letters", id)
        .then()
        .statusCode(200)
        .body("[0].kind", equalTo("REFUSAL"))
        .body("[0].body", containsString("koska se on kohtuuton"))
        .body("[0].body", containsString("12 artiklan 5 kohdan"))
        .body("[0].body", containsString("neljä kertaa"))
        .body("[0].body", containsString("Tietosuojavaltuutetun toimisto"))
        .body("[0].body", containsString("tuomioistuimen"));
  }

  @Test
  void givenManifestlyUnfounded_whenRefused_thenLetterSaysSoAndOrdinaryRefusalDoesNot() {
    String id = RequestApi.create("ERASURE", email("unfounded"));
    as("dpo")
        .body(
            Map.of(
                "reasons",
                "Pyyntö koskee toisen yrityksen asiakasrekisteriä.",
                "ground",
                "MANIFESTLY_UNFOUNDED"))
        .post("/api/v1/requests/{id}/refuse", id)
        .then()
        .statusCode(200)
        .body("outcome", equalTo("MANIFESTLY_UNFOUNDED"));
    as("dpo")
        .get("/api/v1/requests/{id}/letters", id)
        .then()
        .body("[0].body", containsString("koska se on ilmeisen perusteeton"));

    String plain = RequestApi.create("ERASURE", email("unfounded"));
    as("dpo")
        .body(Map.of("reasons", "Tiedot on jo poistettu aiemman pyyntönne perusteella."))
        .post("/api/v1/requests/{id}/refuse", plain)
        .then()
        .statusCode(200)
        .body("outcome", equalTo("REFUSED"));
    as("dpo")
        .get("/api/v1/requests/{id}/letters", plain)
        .then()
        .body("[0].body", containsString("Emme voi toteuttaa pyyntöänne."))
        .body("[0].body", org.hamcrest.Matchers.not(containsString("12 artiklan 5 kohdan")));
  }

  @SendsBadInput("an unknown Art. 12(5) ground")
  @Test
  void givenUnknownGround_whenRefused_thenBadRequestNamingGroundAndNotRefused() {
    String id = RequestApi.create("ACCESS", email("transition"));

    as("dpo")
        .body(Map.of("reasons", "x", "ground", "ANNOYING"))
        .post("/api/v1/requests/{id}/refuse", id)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("ground"));
    as("dpo").get("/api/v1/requests/{id}", id).then().body("status", equalTo("RECEIVED"));
  }

  @SendsBadInput("blank reasons")
  @Test
  void givenRefusalWithoutReasons_whenRecorded_thenBadRequestNamingReasons() {
    String id = RequestApi.create("ACCESS", email("transition"));

    as("dpo")
        .body(Map.of("reasons", ""))
        .post("/api/v1/requests/{id}/refuse", id)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reasons"));
  }

  @Test
  void givenAwaitingIdentity_whenIdentityVerified_thenInProgress() {
    String id = RequestApi.create("ACCESS", email("transition"));

    as("dpo")
        .body(Map.of("note", "Pyydetty asiakasnumero"))
        .post("/api/v1/requests/{id}/await-identity", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("AWAITING_IDENTITY"));
    as("dpo")
        .body(Map.of("method", "REGISTER_MATCH"))
        .post("/api/v1/requests/{id}/identity", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("IN_PROGRESS"));
  }

  @SendsBadInput("an unknown method")
  @Test
  void givenIdentityWithUnknownMethod_whenRecorded_thenBadRequestNamingMethod() {
    String id = RequestApi.create("ACCESS", email("transition"));

    as("dpo")
        .body(Map.of("method", "PASSPORT_COPY"))
        .post("/api/v1/requests/{id}/identity", id)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("method"));
  }

  @Test
  void givenStaleIfMatch_whenActing_thenPreconditionFailed() {
    String id = RequestApi.create("ACCESS", email("transition"));

    as("dpo")
        .header("If-Match", "\"99\"")
        .body(Map.of("reason", "x"))
        .post("/api/v1/requests/{id}/hold", id)
        .then()
        .statusCode(412);
  }
}
