package fi.rekisteri.register.contact;

import static fi.rekisteri.register.support.Api.as;
import static fi.rekisteri.register.support.Api.asRightsService;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import fi.rekisteri.register.support.Api;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import fi.rekisteri.stack.SendsBadInput;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which restrictions the rights service's lift-restriction command lifts: those the data subject's
 * request, contested accuracy or 21(1) objection caused; never the one an erasure hold keeps.
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class RestrictionLiftTest {

  @Test
  void lift_givenRestrictionOnRequest_thenLiftedAndSalesReadsAgain() {
    String id = Api.createContact(TestData.contact());
    command("restrict", id, Map.of("requestId", requestId())).statusCode(200);
    as("sales").get("/api/v1/contacts/{id}", id).then().statusCode(409);

    command("lift-restriction", id, Map.of("requestId", requestId()))
        .statusCode(200)
        .body("restricted", equalTo(false));

    as("sales")
        .get("/api/v1/contacts/{id}", id)
        .then()
        .statusCode(200)
        .body("restriction.restricted", equalTo(false));
  }

  @Test
  void lift_givenContestedAccuracy_thenLifted() {
    String id = Api.createContact(TestData.contact());
    command(
            "restrict",
            id,
            Map.of(
                "requestId",
                requestId(),
                "reason",
                "accuracy contested",
                "cause",
                "CONTESTED_ACCURACY"))
        .statusCode(200)
        .body("restricted", equalTo(true));

    command("lift-restriction", id, Map.of("requestId", requestId()))
        .statusCode(200)
        .body("restricted", equalTo(false));
  }

  @Test
  void lift_givenParticularSituationObjection_thenLifted() {
    String id = Api.createContact(TestData.contact());
    command(
            "objection",
            id,
            Map.of(
                "requestId",
                requestId(),
                "kind",
                "PARTICULAR_SITUATION",
                "situation",
                "Olen muuttanut ulkomaille"))
        .statusCode(200);
    as("dpo").get("/api/v1/contacts/{id}", id).then().body("restriction.restricted", equalTo(true));
    as("sales").get("/api/v1/contacts/{id}", id).then().statusCode(409);

    command("lift-restriction", id, Map.of("requestId", requestId()))
        .statusCode(200)
        .body("restricted", equalTo(false));

    as("sales")
        .get("/api/v1/contacts/{id}", id)
        .then()
        .statusCode(200)
        .body("restriction.restricted", equalTo(false))
        // the objection itself stays recorded
        .body("objection.situation", equalTo("Olen muuttanut ulkomaille"));
  }

  @Test
  void lift_givenErasureHold_thenConflictAndStillRestricted() {
    String id = Api.createContact(TestData.contact());
    Api.createInvoice(id, LocalDate.now().minusDays(3));
    command("erase", id, Map.of("requestId", requestId()))
        .statusCode(200)
        .body("restricted", equalTo(true));

    command("lift-restriction", id, Map.of("requestId", requestId()))
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", endsWith("/restriction-held"));

    as("dpo")
        .get("/api/v1/contacts/{id}", id)
        .then()
        .statusCode(200)
        .body("restriction.restricted", equalTo(true));
    as("sales")
        .get("/api/v1/contacts/{id}", id)
        .then()
        .statusCode(409)
        .body("type", endsWith("/restricted"));
  }

  @Test
  void restrict_givenErasureHoldThenRequest_thenHoldStaysAndLiftRefused() {
    String id = Api.createContact(TestData.contact());
    Api.createInvoice(id, LocalDate.now().minusDays(3));
    command("erase", id, Map.of("requestId", requestId())).statusCode(200);

    // a later request for restriction must not turn the hold into something a lift ends
    command("restrict", id, Map.of("requestId", requestId())).statusCode(200);

    command("lift-restriction", id, Map.of("requestId", requestId()))
        .statusCode(409)
        .body("type", endsWith("/restriction-held"));
  }

  @SendsBadInput("a cause only the register sets")
  @Test
  void restrict_givenCauseTheRegisterSetsItself_thenBadRequestNamingCause() {
    String id = Api.createContact(TestData.contact());

    command("restrict", id, Map.of("requestId", requestId(), "cause", "ERASURE_HOLD"))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("cause"));

    as("sales").get("/api/v1/contacts/{id}", id).then().statusCode(200);
  }

  private static ValidatableResponse command(String name, String id, Map<String, Object> body) {
    return asRightsService().body(body).post("/api/v1/internal/subjects/{id}/" + name, id).then();
  }

  private static String requestId() {
    return "req-" + TestData.unique();
  }
}
