package fi.rekisteri.register.contact;

import static fi.rekisteri.register.support.Api.as;
import static fi.rekisteri.register.support.Api.asRightsService;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import fi.rekisteri.register.support.Api;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import fi.rekisteri.stack.SendsBadInput;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which restrictions the rights service's lift-restriction command lifts: the cause the request
 * holds (the data subject's request, contested accuracy or a 21(1) objection), and only that one;
 * never the one an erasure hold keeps. The contact stays restricted until its last cause is lifted.
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class RestrictionLiftTest {

  @Test
  void givenRestrictionOnRequest_whenLift_thenLiftedAndSalesReadsAgain() {
    String id = Api.createContact(TestData.contact());
    String request = requestId();
    command("restrict", id, Map.of("requestId", request)).statusCode(200);
    as("sales").get("/api/v1/contacts/{id}", id).then().statusCode(409);

    command("lift-restriction", id, Map.of("requestId", request))
        .statusCode(200)
        .body("restricted", equalTo(false));

    as("sales")
        .get("/api/v1/contacts/{id}", id)
        .then()
        .statusCode(200)
        .body("restriction.restricted", equalTo(false));
  }

  @Test
  void givenContestedAccuracy_whenLift_thenLifted() {
    String id = Api.createContact(TestData.contact());
    String request = requestId();
    command(
            "restrict",
            id,
            Map.of(
                "requestId",
                request,
                "reason",
                "accuracy contested",
                "cause",
                "CONTESTED_ACCURACY"))
        .statusCode(200)
        .body("restricted", equalTo(true));

    command("lift-restriction", id, Map.of("requestId", request))
        .statusCode(200)
        .body("restricted", equalTo(false));
  }

  @Test
  void givenParticularSituationObjection_whenLift_thenLifted() {
    String id = Api.createContact(TestData.contact());
    String objection = requestId();
    command(
            "objection",
            id,
            Map.of(
                "requestId",
                objection,
                "kind",
                "PARTICULAR_SITUATION",
                "situation",
                "Olen muuttanut ulkomaille"))
        .statusCode(200);
    as("dpo").get("/api/v1/contacts/{id}", id).then().body("restriction.restricted", equalTo(true));
    as("sales").get("/api/v1/contacts/{id}", id).then().statusCode(409);

    command("lift-restriction", id, Map.of("requestId", objection))
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
  void givenErasureHold_whenLift_thenConflictAndStillRestricted() {
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
  void givenErasureHoldThenRequest_whenRestrict_thenRequestLiftedAndHoldStays() {
    String id = Api.createContact(TestData.contact());
    Api.createInvoice(id, LocalDate.now().minusDays(3));
    command("erase", id, Map.of("requestId", requestId())).statusCode(200);

    // a later request for restriction is its own cause: lifting it leaves the hold's
    String request = requestId();
    command("restrict", id, Map.of("requestId", request)).statusCode(200);
    dpoCauses(id).body("kind", equalTo(List.of("ERASURE_HOLD", "REQUESTED")));

    command("lift-restriction", id, Map.of("requestId", request))
        .statusCode(200)
        .body("restricted", equalTo(true));
    dpoCauses(id).body("kind", equalTo(List.of("ERASURE_HOLD"))).body("[0].requestId", nullValue());
    // lifting it again, or a request that holds nothing here: the hold is not lifted on request
    command("lift-restriction", id, Map.of("requestId", requestId()))
        .statusCode(409)
        .body("type", endsWith("/restriction-held"));
  }

  /**
   * See docs/promises.md: each request or objection holds its own cause. Request A's restriction
   * and objection B's on one contact: lifting A leaves B's, and the contact stays restricted until
   * B's is lifted.
   */
  @Test
  void givenRequestAndObjectionRestrictingOneContact_whenLift_thenRestrictedUntilTheLastIsLifted() {
    String id = Api.createContact(TestData.contact());
    String a = requestId();
    String b = requestId();
    command("restrict", id, Map.of("requestId", a)).statusCode(200);
    command(
            "objection",
            id,
            Map.of("requestId", b, "kind", "PARTICULAR_SITUATION", "situation", "Muutan pois"))
        .statusCode(200);
    dpoCauses(id)
        .body("requestId", equalTo(List.of(a, b)))
        .body("kind", equalTo(List.of("REQUESTED", "OBJECTION")))
        .body("endsOn", equalTo(Arrays.asList(null, null)));

    // the notice named the day for A only; B's has none
    command("schedule-lift", id, Map.of("requestId", a, "endsOn", "2027-01-15"))
        .statusCode(200)
        .body("restricted", equalTo(true));
    dpoCauses(id).body("endsOn", equalTo(Arrays.asList("2027-01-15", null)));

    command("lift-restriction", id, Map.of("requestId", a))
        .statusCode(200)
        .body("restricted", equalTo(true));
    dpoCauses(id)
        .body("requestId", equalTo(List.of(b)))
        .body("kind", equalTo(List.of("OBJECTION")));
    // still restricted: sales changes nothing, yet a withdrawal of consent is recorded
    Map<String, Object> changed = TestData.contact();
    as("sales")
        .header("If-Match", "\"0\"")
        .body(changed)
        .put("/api/v1/contacts/{id}", id)
        .then()
        .statusCode(409)
        .body("type", endsWith("/restricted"));
    as("sales")
        .body(preference("DIRECT_MARKETING_CONSENT", "EMAIL", false))
        .post("/api/v1/contacts/{id}/preferences", id)
        .then()
        .statusCode(204);
    as("sales")
        .body(preference("DIRECT_MARKETING_CONSENT", "EMAIL", true))
        .post("/api/v1/contacts/{id}/preferences", id)
        .then()
        .statusCode(409)
        .body("type", endsWith("/restricted"));
    // lifting A again changes nothing (the command is answered as before)
    command("lift-restriction", id, Map.of("requestId", a))
        .statusCode(200)
        .body("restricted", equalTo(true));

    command("lift-restriction", id, Map.of("requestId", b))
        .statusCode(200)
        .body("restricted", equalTo(false));
    as("sales")
        .get("/api/v1/contacts/{id}", id)
        .then()
        .statusCode(200)
        .body("restriction.restricted", equalTo(false))
        // sales is not told why a contact was restricted
        .body("restriction.causes", nullValue());
    dpoCauses(id).body("$", empty());
  }

  @Test
  void givenRestrictedContact_whenRead_thenAccountingSeesItRestrictedButNotWhy() {
    String id = Api.createContact(TestData.contact());
    command("restrict", id, Map.of("requestId", requestId())).statusCode(200);

    as("accounting")
        .get("/api/v1/contacts/{id}", id)
        .then()
        .statusCode(200)
        .body("restriction.restricted", equalTo(true))
        .body("restriction.since", notNullValue())
        .body("restriction.causes", nullValue());
  }

  @SendsBadInput("a cause only the register sets")
  @Test
  void givenCauseTheRegisterSetsItself_whenRestrict_thenBadRequestNamingCause() {
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

  /** The causes of the contact's restriction, as the DPO sees them. */
  private static ValidatableResponse dpoCauses(String id) {
    return as("dpo")
        .get("/api/v1/contacts/{id}", id)
        .then()
        .statusCode(200)
        .rootPath("restriction.causes");
  }

  private static Map<String, Object> preference(String kind, String channel, boolean granted) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", kind);
    body.put("channel", channel);
    body.put("granted", granted);
    body.put(
        "source",
        Map.of("channel", "EMAIL", "collectedAt", Instant.now().minusSeconds(5).toString()));
    return body;
  }

  private static String requestId() {
    return "req-" + TestData.unique();
  }
}
