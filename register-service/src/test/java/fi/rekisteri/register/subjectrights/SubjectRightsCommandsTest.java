package fi.rekisteri.register.subjectrights;

import static fi.rekisteri.register.support.Api.as;
import static fi.rekisteri.register.support.Api.asRightsService;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import fi.rekisteri.register.controller.RetentionPolicy;
import fi.rekisteri.register.support.Api;
import fi.rekisteri.register.support.DemoProfile;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rights service's commands against the real database, with its machine token. */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class SubjectRightsCommandsTest {

  private static String requestId() {
    return "req-" + TestData.unique();
  }

  @Test
  void givenEmailOfContact_whenSearch_thenOneMatchOnEmail() {
    Map<String, Object> body = TestData.contact();
    String id = Api.createContact(body);

    asRightsService()
        .body(Map.of("email", ((String) body.get("email")).toUpperCase()))
        .post("/api/v1/internal/subjects/search")
        .then()
        .statusCode(200)
        .body("matches", hasSize(1))
        .body("matches[0].subjectId", equalTo(id))
        .body("matches[0].matchedOn", contains("email"));
  }

  @Test
  void givenSalesToken_whenInternalEndpoints_thenForbidden() {
    as("sales")
        .body(Map.of("email", "x@example.fi"))
        .post("/api/v1/internal/subjects/search")
        .then()
        .statusCode(403);
  }

  @Test
  void givenContactWithInvoice_whenExport_thenEverythingIncludedAndAudited() {
    String id = Api.createContact(TestData.contact());
    Api.createInvoice(id, LocalDate.now().minusDays(3));

    asRightsService()
        .queryParam("requestId", requestId())
        .get("/api/v1/internal/subjects/{id}/export", id)
        .then()
        .statusCode(200)
        .body("contact.id", equalTo(id))
        .body("invoices", hasSize(1))
        .body("sources[0].record", equalTo("contact"))
        .body("auditSummary.CREATE", notNullValue());
  }

  @Test
  void givenNewLastName_whenRectify_thenChangedAndRepeatIsIdempotent() {
    String id = Api.createContact(TestData.contact());
    String requestId = requestId();
    Map<String, Object> body =
        Map.of("requestId", requestId, "changes", Map.of("lastName", "Oikaistu"));

    asRightsService()
        .body(body)
        .post("/api/v1/internal/subjects/{id}/rectify", id)
        .then()
        .statusCode(200)
        .body("changedFields", contains("lastName"));
    asRightsService()
        .body(body)
        .post("/api/v1/internal/subjects/{id}/rectify", id)
        .then()
        .statusCode(200)
        .body("changedFields", contains("lastName"));

    as("dpo").get("/api/v1/contacts/{id}", id).then().body("lastName", equalTo("Oikaistu"));
  }

  @Test
  void givenInvalidEmailOrUnknownField_whenRectify_thenProblemNamingFieldAndNothingChanged() {
    Map<String, Object> contact = TestData.contact();
    String id = Api.createContact(contact);

    asRightsService()
        .body(Map.of("requestId", requestId(), "changes", Map.of("email", "not-an-email")))
        .post("/api/v1/internal/subjects/{id}/rectify", id)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("changes.email"));
    asRightsService()
        .body(Map.of("requestId", requestId(), "changes", Map.of("organisationId", id)))
        .post("/api/v1/internal/subjects/{id}/rectify", id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("changes.organisationId"));

    as("dpo").get("/api/v1/contacts/{id}", id).then().body("email", equalTo(contact.get("email")));
  }

  @Test
  void givenNoHolds_whenErase_thenAnonymisedAndGoneFromSearch() {
    Map<String, Object> contact = TestData.contact();
    String id = Api.createContact(contact);

    asRightsService()
        .body(Map.of("requestId", requestId()))
        .post("/api/v1/internal/subjects/{id}/erase", id)
        .then()
        .statusCode(200)
        .body("outcome", equalTo("ERASED"))
        .body("kept", empty())
        // the suppression list's keyed hash is kept by every erasure, not a kept category: its
        // last day comes from the policy (docs/promises.md)
        .body("keyedHash.reason", equalTo("ERASED"))
        .body(
            "keyedHash.until",
            equalTo(today().plusYears(RetentionPolicy.DEFAULTS.suppressionYears()).toString()));

    as("dpo").get("/api/v1/contacts/{id}", id).then().statusCode(404);
    as("dpo")
        .queryParam("email", contact.get("email"))
        .get("/api/v1/contacts")
        .then()
        .body("items", empty());
  }

  @Test
  void givenOpenRelationshipWithAnOrganisationThatIsNoCustomer_whenErase_thenErasedCompletely() {
    // R16: the organisation never ordered nor was invoiced, and no other contact of it has an open
    // relationship: the person's own relationship does not make it a customer
    Map<String, Object> contact = TestData.contact();
    contact.put("organisationId", Api.createOrganisation());
    contact.put("title", "Hankintapäällikkö");
    contact.put("relationshipStart", LocalDate.now().minusYears(2).toString());
    String id = Api.createContact(contact);

    asRightsService()
        .body(Map.of("requestId", requestId()))
        .post("/api/v1/internal/subjects/{id}/erase", id)
        .then()
        .statusCode(200)
        .body("outcome", equalTo("ERASED"))
        .body("kept", empty())
        .body("erased.category", hasItem("CONTACT_RECORD"));

    as("dpo").get("/api/v1/contacts/{id}", id).then().statusCode(404);
  }

  @Test
  void givenProspectOfACustomerOrganisation_whenErase_thenErasedCompletely() {
    String organisation = Api.createOrganisation();
    Map<String, Object> colleague = TestData.contact();
    colleague.put("organisationId", organisation);
    colleague.put("relationshipStart", LocalDate.now().minusYears(2).toString());
    Api.createContact(colleague);
    // the organisation is a customer (a colleague's open relationship); the person never had one
    Map<String, Object> prospect = TestData.contact();
    prospect.put("organisationId", organisation);
    String id = Api.createContact(prospect);

    asRightsService()
        .body(Map.of("requestId", requestId()))
        .post("/api/v1/internal/subjects/{id}/erase", id)
        .then()
        .statusCode(200)
        .body("outcome", equalTo("ERASED"))
        .body("kept", empty())
        // the suppression list's keyed hash is kept by every erasure, not a kept category: its
        // last day comes from the policy (docs/promises.md)
        .body("keyedHash.reason", equalTo("ERASED"))
        .body(
            "keyedHash.until",
            equalTo(today().plusYears(RetentionPolicy.DEFAULTS.suppressionYears()).toString()));

    as("dpo").get("/api/v1/contacts/{id}", id).then().statusCode(404);
  }

  @Test
  void givenOpenRelationshipWithAnOrganisationThatOrderedThisYear_whenErase_thenRoleKept() {
    String organisation = Api.createOrganisation();
    Map<String, Object> colleague = TestData.contact();
    colleague.put("organisationId", organisation);
    String colleagueId = Api.createContact(colleague);
    as("sales").body(TestData.order(colleagueId)).post("/api/v1/orders").then().statusCode(201);
    Map<String, Object> contact = TestData.contact();
    contact.put("organisationId", organisation);
    contact.put("relationshipStart", LocalDate.now().minusYears(2).toString());
    String id = Api.createContact(contact);

    asRightsService()
        .body(Map.of("requestId", requestId()))
        .post("/api/v1/internal/subjects/{id}/erase", id)
        .then()
        .statusCode(200)
        .body("outcome", equalTo("PARTIALLY_ERASED"))
        .body("kept.category", contains("CONTACT_PERSON_ROLE"))
        .body("kept.ground", contains("ACTING_CONTACT_PERSON"));

    as("dpo")
        .get("/api/v1/contacts/{id}", id)
        .then()
        .statusCode(200)
        .body("lastName", equalTo(contact.get("lastName")))
        .body("notes", nullValue());
  }

  @Test
  void givenOpenInvoice_whenErase_thenPartiallyErasedWithGroundsAndRestricted() {
    String id = Api.createContact(TestData.contact());
    // the voucher rule counts from the issue year, which is last year on 1-3 January
    LocalDate issued = LocalDate.now().minusDays(3);
    Api.createInvoice(id, issued);
    String expectedUntil = LocalDate.of(issued.getYear() + 6, 12, 31).toString();

    asRightsService()
        .body(Map.of("requestId", requestId()))
        .post("/api/v1/internal/subjects/{id}/erase", id)
        .then()
        .statusCode(200)
        .body("outcome", equalTo("PARTIALLY_ERASED"))
        .body("restricted", equalTo(true))
        .body("kept.category", hasItem("OPEN_INVOICES"))
        .body("kept.legalBasis", hasItem("LEGAL_CLAIMS"))
        .body("kept.until", hasItem(expectedUntil));

    as("dpo")
        .get("/api/v1/contacts/{id}", id)
        .then()
        .statusCode(200)
        .body("email", nullValue())
        .body("phone", nullValue())
        .body("notes", nullValue())
        .body("lastName", notNullValue())
        .body("restriction.restricted", equalTo(true));
  }

  @Test
  void givenParticularSituation_whenObjection_thenRestrictedButNotADirectMarketingObjection() {
    String id = Api.createContact(TestData.contact());

    asRightsService()
        .body(
            Map.of(
                "requestId",
                requestId(),
                "kind",
                "PARTICULAR_SITUATION",
                "situation",
                "Muutan ulkomaille"))
        .post("/api/v1/internal/subjects/{id}/objection", id)
        .then()
        .statusCode(200);

    as("dpo")
        .get("/api/v1/contacts/{id}", id)
        .then()
        .statusCode(200)
        .body("objection.directMarketing", equalTo(false))
        .body("objection.situation", equalTo("Muutan ulkomaille"))
        .body("restriction.restricted", equalTo(true));
  }

  @Test
  void givenSuppressionYearsInTheProfile_whenErase_thenKeyedHashKeptThatLong() {
    DemoProfile.withRetentionPolicy(Map.of("suppressionYears", 7));
    try {
      String id = Api.createContact(TestData.contact());

      asRightsService()
          .body(Map.of("requestId", requestId()))
          .post("/api/v1/internal/subjects/{id}/erase", id)
          .then()
          .statusCode(200)
          .body("outcome", equalTo("ERASED"))
          .body("keyedHash.reason", equalTo("ERASED"))
          .body("keyedHash.until", equalTo(today().plusYears(7).toString()));
    } finally {
      DemoProfile.put();
    }
  }

  @Test
  void givenDirectMarketingObjection_whenErase_thenKeyedHashKeptWhileTheBanStands() {
    String id = Api.createContact(TestData.contact());
    asRightsService()
        .body(Map.of("requestId", requestId(), "kind", "DIRECT_MARKETING"))
        .post("/api/v1/internal/subjects/{id}/objection", id)
        .then()
        .statusCode(200);

    asRightsService()
        .body(Map.of("requestId", requestId()))
        .post("/api/v1/internal/subjects/{id}/erase", id)
        .then()
        .statusCode(200)
        .body("kept", empty())
        .body("keyedHash.reason", equalTo("OBJECTION"))
        .body("keyedHash.until", nullValue());
  }

  @Test
  void givenNoEmail_whenErase_thenNoKeyedHash() {
    Map<String, Object> contact = TestData.contact();
    contact.remove("email");
    String id = Api.createContact(contact);

    asRightsService()
        .body(Map.of("requestId", requestId()))
        .post("/api/v1/internal/subjects/{id}/erase", id)
        .then()
        .statusCode(200)
        .body("outcome", equalTo("ERASED"))
        .body("keyedHash", nullValue());
  }

  private static LocalDate today() {
    return LocalDate.now(java.time.ZoneId.of("Europe/Helsinki"));
  }

  @Test
  void givenDirectMarketing_whenObjection_thenReEnteredPersonIsFlagged() {
    Map<String, Object> contact = TestData.contact();
    String id = Api.createContact(contact);

    asRightsService()
        .body(Map.of("requestId", requestId(), "kind", "DIRECT_MARKETING"))
        .post("/api/v1/internal/subjects/{id}/objection", id)
        .then()
        .statusCode(200);

    Map<String, Object> again = TestData.contact();
    again.put("email", contact.get("email"));
    as("sales")
        .body(again)
        .post("/api/v1/contacts")
        .then()
        .statusCode(201)
        .body("suppression", equalTo("OBJECTION"))
        .body("objection.directMarketing", equalTo(true));
  }

  @Test
  void givenContact_whenRestrictThenLift_thenStateFollows() {
    String id = Api.createContact(TestData.contact());
    String request = requestId();

    asRightsService()
        .body(Map.of("requestId", request, "reason", "accuracy contested"))
        .post("/api/v1/internal/subjects/{id}/restrict", id)
        .then()
        .statusCode(200)
        .body("restricted", equalTo(true));
    as("dpo").get("/api/v1/contacts/{id}", id).then().body("restriction.restricted", equalTo(true));

    asRightsService()
        .body(Map.of("requestId", request))
        .post("/api/v1/internal/subjects/{id}/lift-restriction", id)
        .then()
        .statusCode(200)
        .body("restricted", equalTo(false));
    as("dpo")
        .get("/api/v1/contacts/{id}", id)
        .then()
        .body("restriction.restricted", equalTo(false));
  }
}
