package fi.rekisteri.register.subjectrights;

import static fi.rekisteri.register.support.Api.as;
import static fi.rekisteri.register.support.Api.asRightsService;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import fi.rekisteri.register.invoice.VoucherPeriod;
import fi.rekisteri.register.support.Api;
import fi.rekisteri.register.support.DemoProfile;
import fi.rekisteri.register.support.GoldenJson;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import fi.rekisteri.stack.SendsBadInput;
import fi.rekisteri.stack.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Records every answer of the internal API that the rights service uses, as golden files (see
 * {@link GoldenJson}); the rights service's fake register serves exactly these files. Each test
 * drives the real API with the rights-service client token and compares the normalised answer with
 * its file; {@code -Dgolden.update=true} rewrites the files.
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class InternalApiGoldenTest {

  private static final String SEARCH = "/api/v1/internal/subjects/search";
  private static final String SUBJECT = "/api/v1/internal/subjects/{id}/";
  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  /** A person whose last name and email are unique to the test; first name Maija. */
  private record Person(String id, String email, String lastName) {

    static Person create() {
      return create(null);
    }

    static Person create(String organisationId) {
      Map<String, Object> body = body(organisationId);
      return new Person(
          Api.createContact(body), (String) body.get("email"), (String) body.get("lastName"));
    }

    static Map<String, Object> body(String organisationId) {
      Map<String, Object> body = TestData.contact();
      body.put("firstName", "Maija");
      body.put("lastName", "Meikäläinen-" + TestData.unique());
      body.put(
          "postalAddress",
          Map.of("street", "Mannerheimintie 1", "postalCode", "00100", "city", "Helsinki"));
      if (organisationId != null) {
        body.put("organisationId", organisationId);
      }
      return body;
    }

    /**
     * A person to erase: her phone and street are hers alone, so that the erasure's proof (which
     * searches every table for them) finds only what the erasure kept, whatever other tests left.
     */
    static Person toErase(String organisationId, Map<String, Object> extra) {
      Map<String, Object> body = body(organisationId);
      String unique = TestData.unique();
      String digits = String.format("%07d", Math.floorMod(unique.hashCode(), 10_000_000));
      body.put("phone", "050 " + digits);
      body.put(
          "postalAddress",
          Map.of("street", "Poistokuja " + unique, "postalCode", "00100", "city", "Helsinki"));
      body.putAll(extra);
      return new Person(
          Api.createContact(body), (String) body.get("email"), (String) body.get("lastName"));
    }

    GoldenJson golden(String requestId) {
      GoldenJson golden =
          new GoldenJson().known(id, "subjectId").known(email, "email").known(lastName, "lastName");
      return requestId == null ? golden : golden.known(requestId, "requestId");
    }
  }

  /** Who receives what (the ledger's processors) and the consent rule come from the profile. */
  @BeforeEach
  void demoProfile() {
    DemoProfile.put();
  }

  private static void consent(String contactId, String channel) {
    as("sales")
        .body(
            Map.of(
                "kind",
                "DIRECT_MARKETING_CONSENT",
                "channel",
                channel,
                "granted",
                true,
                "source",
                Map.of("channel", "EMAIL", "collectedAt", Instant.now().toString())))
        .post("/api/v1/contacts/{id}/preferences", contactId)
        .then()
        .statusCode(201);
  }

  private static void listExport(String purpose, String recipient) {
    as("sales")
        .body(Map.of("purpose", purpose, "recipient", recipient))
        .post("/api/v1/exports")
        .then()
        .statusCode(200);
  }

  private static String recipients(Person person) {
    return asRightsService()
        .get(SUBJECT + "recipients", person.id())
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  private static String requestId() {
    return UUID.randomUUID().toString();
  }

  /** The keyed hash of a new erasure's email is kept this long (the demo profile: defaults). */
  private static LocalDate hashUntil() {
    return today()
        .plusYears(fi.rekisteri.register.controller.RetentionPolicy.DEFAULTS.suppressionYears());
  }

  private static LocalDate today() {
    return LocalDate.now(HELSINKI);
  }

  private static String post(String path, Object id, Map<String, Object> body, int status) {
    return asRightsService()
        .body(body)
        .post(SUBJECT + path, id)
        .then()
        .statusCode(status)
        .extract()
        .asString();
  }

  private static String search(Map<String, Object> query) {
    return asRightsService().body(query).post(SEARCH).then().statusCode(200).extract().asString();
  }

  private static String invoice(String contactId, String orderId, String number) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("number", number);
    body.put("orderId", orderId);
    body.put("contactId", contactId);
    body.put("issueDate", today().toString());
    body.put("dueDate", today().plusDays(14).toString());
    body.put("amount", new java.math.BigDecimal("100.00"));
    body.put("referenceNumber", "1232");
    return as("accounting")
        .body(body)
        .post("/api/v1/invoices")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static String organisation(Map<String, Object> body) {
    return as("sales")
        .body(body)
        .post("/api/v1/organisations")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  // ---- search

  @Test
  void givenEmailOfOneContact_whenSearch_thenOneMatchOnEmail() {
    Person person = Person.create();

    person.golden(null).check("search-email", search(Map.of("email", person.email())));
  }

  @Test
  void givenOnlyTheNameMatches_whenSearch_thenOneMatchOnName() {
    Person person = Person.create();

    person
        .golden(null)
        .known("other-" + person.email(), "otherEmail")
        .check(
            "search-name",
            search(
                Map.of(
                    "email",
                    "other-" + person.email(),
                    "firstName",
                    "Maija",
                    "lastName",
                    person.lastName())));
  }

  @Test
  void givenEmailOfOneAndNameOfAnother_whenSearch_thenTwoMatches() {
    Map<String, Object> organisation = TestData.organisation(TestData.businessId());
    Person first = Person.create(organisation(organisation));
    Map<String, Object> namesake = Person.body(null);
    namesake.put("lastName", first.lastName());
    String second = Api.createContact(namesake);

    first
        .golden(null)
        .known(second, "secondSubjectId")
        .known(organisation.get("name"), "organisationName")
        .check(
            "search-two",
            search(
                Map.of(
                    "email", first.email(), "firstName", "Maija", "lastName", first.lastName())));
  }

  @Test
  void givenTwoNamesakesAndNoEmailMatch_whenSearch_thenTwoMatchesOnName() {
    Person first = Person.create();
    Map<String, Object> namesake = Person.body(null);
    namesake.put("lastName", first.lastName());
    String second = Api.createContact(namesake);

    first
        .golden(null)
        .known(second, "secondSubjectId")
        .known("other-" + first.email(), "otherEmail")
        .check(
            "search-namesakes",
            search(
                Map.of(
                    "email",
                    "other-" + first.email(),
                    "firstName",
                    "Maija",
                    "lastName",
                    first.lastName())));
  }

  @Test
  void givenUnknownEmail_whenSearch_thenNoMatches() {
    String email = "none-" + TestData.unique() + "@example.fi";

    new GoldenJson().known(email, "email").check("search-none", search(Map.of("email", email)));
  }

  // ---- export

  @Test
  void givenContactWithEverything_whenExport_thenEverythingHeld() {
    Map<String, Object> organisation = TestData.organisation(TestData.businessId());
    Person person = Person.create(organisation(organisation));
    // a salesperson's note about her in another contact's record (docs/promises.md)
    Map<String, Object> colleague = TestData.contact();
    colleague.put("notes", "Tapasin Maija " + person.lastName() + " messuilla, *** soittaa");
    Api.createContact(colleague);
    String orderNumber = "T-" + TestData.unique();
    Map<String, Object> order = TestData.order(person.id());
    order.put("number", orderNumber);
    order.put("summary", "Kaapelointi, 2 h, \"pikatyö\"");
    String orderId =
        as("sales").body(order).post("/api/v1/orders").then().statusCode(201).extract().path("id");
    String invoiceNumber = "L-" + TestData.unique();
    String invoiceId = invoice(person.id(), orderId, invoiceNumber);
    as("accounting")
        .body(TestData.payment("40.00"))
        .post("/api/v1/invoices/{id}/payments", invoiceId)
        .then()
        .statusCode(201);
    as("sales")
        .body(
            Map.of(
                "kind",
                "DIRECT_MARKETING_CONSENT",
                "channel",
                "EMAIL",
                "granted",
                true,
                "source",
                Map.of("channel", "EMAIL", "collectedAt", Instant.now().toString())))
        .post("/api/v1/contacts/{id}/preferences", person.id())
        .then()
        .statusCode(201);
    as("sales")
        .body(TestData.interaction())
        .post("/api/v1/contacts/{id}/interactions", person.id())
        .then()
        .statusCode(201);
    consent(person.id(), "POST");
    listExport("MAILING_LABELS", "Painotalo Oy");
    String requestId = requestId();

    String answer =
        asRightsService()
            .queryParam("requestId", requestId)
            .get(SUBJECT + "export", person.id())
            .then()
            .statusCode(200)
            .extract()
            .asString();

    person
        .golden(requestId)
        .known(organisation.get("name"), "organisationName")
        .known(organisation.get("businessId"), "businessId")
        .known(orderNumber, "orderNumber")
        .known(invoiceNumber, "invoiceNumber")
        .check("export", answer);
  }

  @Test
  void givenUnknownSubject_whenExport_thenNotFoundProblem() {
    UUID unknown = UUID.randomUUID();

    String answer =
        asRightsService()
            .queryParam("requestId", requestId())
            .get(SUBJECT + "export", unknown)
            .then()
            .statusCode(404)
            .extract()
            .asString();

    new GoldenJson().known(unknown, "subjectId").check("not-found", answer);
  }

  // ---- recipients (the ledger, for Art. 19)

  @Test
  void givenInvoiceInCollectionAndNewsletter_whenRecipients_thenBookkeeperCollectorAndNewsletter() {
    Person person = Person.create();
    String invoiceId = invoice(person.id(), null, "L-" + TestData.unique());
    as("accounting")
        .header("If-Match", "\"0\"")
        .body(Map.of("status", "IN_COLLECTION"))
        .put("/api/v1/invoices/{id}/status", invoiceId)
        .then()
        .statusCode(200);
    consent(person.id(), "EMAIL");
    listExport("EMAIL_MARKETING", "Uutiskirje Palvelu Oy");

    person.golden(null).check("recipients", recipients(person));
  }

  @Test
  void givenOnlyMailingLabelsToPrintingHouse_whenRecipients_thenOnlyThePrintingHouse() {
    Person person = Person.create();
    consent(person.id(), "POST");
    listExport("MAILING_LABELS", "Painotalo Oy");

    person.golden(null).check("recipients-printing-house", recipients(person));
  }

  @Test
  void givenNothingDisclosed_whenRecipients_thenNone() {
    Person person = Person.create();

    person.golden(null).check("recipients-none", recipients(person));
  }

  // ---- rectify

  @Test
  void givenNewValuesThenTheSameAgain_whenRectify_thenChangedThenNothingChanged() {
    Person person = Person.create();
    Map<String, Object> changes =
        Map.of(
            "phone",
            "+358401112233",
            "postalAddress",
            Map.of("street", "Uusikatu 1", "postalCode", "00100", "city", "Helsinki"));
    String first = requestId();
    String again = requestId();

    String changed =
        post("rectify", person.id(), Map.of("requestId", first, "changes", changes), 200);
    String unchanged =
        post("rectify", person.id(), Map.of("requestId", again, "changes", changes), 200);

    person.golden(first).check("rectify-changed", changed);
    person.golden(again).check("rectify-unchanged", unchanged);
  }

  @Test
  void
      givenMergePatchOfContactOrderOrganisationAndStatement_whenRectify_thenEachChangeAndItsSource() {
    Person person = Person.create();
    String orderNumber = "T-" + TestData.unique();
    Map<String, Object> order = TestData.order(person.id());
    order.put("number", orderNumber);
    as("sales").body(order).post("/api/v1/orders").then().statusCode(201);
    String organisationId = Api.createOrganisation();
    Map<String, Object> changes = new LinkedHashMap<>();
    changes.put("postalAddress", null);
    changes.put("title", "Toimitusjohtaja");
    changes.put("organisationId", organisationId);
    changes.put("supplementaryStatement", "Olen toimittanut oikeat tiedot kirjeellä.");
    changes.put("orders", Map.of(orderNumber, Map.of("summary", "Kaapelointi, 3 h")));
    String requestId = requestId();

    String answer =
        post("rectify", person.id(), Map.of("requestId", requestId, "changes", changes), 200);

    person.golden(requestId).known(orderNumber, "orderNumber").check("rectify-merge", answer);
  }

  @Test
  void givenInvalidEmail_whenRectify_thenProblemNamingTheField() {
    Person person = Person.create();

    String answer =
        post(
            "rectify",
            person.id(),
            Map.of("requestId", requestId(), "changes", Map.of("email", "not-an-email")),
            400);

    person.golden(null).check("rectify-invalid", answer);
  }

  // ---- erase

  @Test
  void givenNoHolds_whenErase_thenErased() {
    Person person = Person.toErase(null, Map.of());
    String requestId = requestId();

    person
        .golden(requestId)
        .known(hashUntil(), "hashUntil")
        .check("erase-erased", post("erase", person.id(), Map.of("requestId", requestId), 200));
  }

  @Test
  void givenOpenInvoiceIssuedToday_whenErase_thenPartiallyErasedKeptAndRestricted() {
    Person person = Person.toErase(null, Map.of());
    invoice(person.id(), null, "L-" + TestData.unique());
    String requestId = requestId();

    person
        .golden(requestId)
        .known(
            ErasurePolicy.voucherRetentionEnd(today(), VoucherPeriod.CALENDAR_YEAR), "voucherUntil")
        .known(hashUntil(), "hashUntil")
        .check("erase-partial", post("erase", person.id(), Map.of("requestId", requestId), 200));
  }

  @Test
  void givenActingContactPerson_whenErase_thenRoleKept() {
    // R16: the organisation is a customer (it ordered this year) and the person's own relationship
    // is open
    Person person =
        Person.toErase(
            Api.createOrganisation(),
            Map.of("relationshipStart", today().minusYears(2).toString()));
    as("sales").body(TestData.order(person.id())).post("/api/v1/orders").then().statusCode(201);
    String requestId = requestId();

    person
        .golden(requestId)
        .check(
            "erase-contact-person",
            post("erase", person.id(), Map.of("requestId", requestId), 200));
  }

  // ---- mentions in other records' free text

  @Test
  void givenPhoneInNotesAndNameInWorksite_whenMentions_thenBothListed() {
    Person person = Person.toErase(null, Map.of());
    String digits = mentionedDigits(person);
    Map<String, Object> caller = TestData.contact();
    caller.put("notes", "Soita Maijalle 050-" + digits + " tarjouksesta");
    Api.createContact(caller);
    Map<String, Object> site = TestData.contact();
    site.put("worksite", "Maija " + person.lastName() + ", Kallio");
    Api.createContact(site);

    person
        .golden(null)
        .known(digits, "digits")
        .check(
            "mentions",
            asRightsService()
                .get(SUBJECT + "mentions", person.id())
                .then()
                .statusCode(200)
                .extract()
                .asString());
  }

  @Test
  void givenNameOnlyMention_whenRedactMention_thenRedacted() {
    Person person = Person.toErase(null, Map.of());
    Map<String, Object> site = TestData.contact();
    site.put("worksite", "Maija " + person.lastName() + ", Kallio");
    Api.createContact(site);
    String mentionId =
        asRightsService()
            .get(SUBJECT + "mentions", person.id())
            .then()
            .statusCode(200)
            .extract()
            .path("mentions[0].id");
    String requestId = requestId();

    person
        .golden(requestId)
        .known(mentionId, "mentionId")
        .check(
            "mention-redact",
            post(
                "mentions/" + mentionId + "/redact",
                person.id(),
                Map.of("requestId", requestId),
                200));
  }

  /** The person's phone as the register holds it (E.164), its last 7 digits. */
  private static String mentionedDigits(Person person) {
    String phone =
        as("sales").get("/api/v1/contacts/{id}", person.id()).then().extract().path("phone");
    return phone.substring(phone.length() - 7);
  }

  // ---- restriction and objection

  @Test
  void givenContact_whenRestrictScheduleThenLift_thenRestrictedThenNot() {
    Person person = Person.create();
    String restrict = requestId();

    String restricted =
        post(
            "restrict",
            person.id(),
            Map.of("requestId", restrict, "reason", "accuracy contested"),
            200);
    // the Art. 18(3) notice named the day; the lift comes with the same request's id
    String scheduled =
        post(
            "schedule-lift",
            person.id(),
            Map.of("requestId", restrict, "endsOn", "2027-01-15"),
            200);
    String lifted = post("lift-restriction", person.id(), Map.of("requestId", restrict), 200);

    person.golden(restrict).check("restrict", restricted);
    person.golden(restrict).check("schedule-lift", scheduled);
    person.golden(restrict).check("lift-restriction", lifted);
  }

  @Test
  void givenDirectMarketing_whenObjection_thenRecorded() {
    Person person = Person.create();
    String requestId = requestId();

    person
        .golden(requestId)
        .check(
            "objection-direct-marketing",
            post(
                "objection",
                person.id(),
                Map.of("requestId", requestId, "kind", "DIRECT_MARKETING"),
                200));
  }

  @Test
  void givenParticularSituation_whenObjection_thenRecorded() {
    Person person = Person.create();
    String requestId = requestId();

    person
        .golden(requestId)
        .check(
            "objection-particular-situation",
            post(
                "objection",
                person.id(),
                Map.of(
                    "requestId",
                    requestId,
                    "kind",
                    "PARTICULAR_SITUATION",
                    "situation",
                    "Olen muuttanut ulkomaille."),
                200));
  }

  // ---- who may call, and a body against the schema: what the fake register answers too

  @Test
  void givenNoTokenOrATokenNotForUs_whenAnyCommand_thenTheSameUnauthorizedProblem() {
    Person person = Person.create();
    Map<String, Object> erase = Map.of("requestId", requestId());

    String none =
        given()
            .contentType("application/json")
            .body(erase)
            .post(SUBJECT + "erase", person.id())
            .then()
            .statusCode(401)
            .contentType(startsWith("application/problem+json"))
            .extract()
            .asString();
    // signed by the realm, but not for the audience rekisteri
    String foreign =
        given()
            .header("Authorization", "Bearer " + TestTokens.foreignAudience())
            .contentType("application/json")
            .body(erase)
            .post(SUBJECT + "erase", person.id())
            .then()
            .statusCode(401)
            .extract()
            .asString();
    String controller =
        given().get("/api/v1/controller").then().statusCode(401).extract().asString();

    new GoldenJson().check("unauthorized", none);
    new GoldenJson().check("unauthorized", foreign);
    new GoldenJson().check("unauthorized", controller);
    as("dpo").get("/api/v1/contacts/{id}", person.id()).then().statusCode(200);
  }

  @Test
  void givenATokenOfTheRealmsOtherClient_whenAnyCommand_thenForbiddenProblem() {
    Person person = Person.create();

    // a user of the public client who holds rights-processor: not the rights service's client
    String answer =
        as("internal-impostor")
            .body(Map.of("requestId", requestId()))
            .post(SUBJECT + "erase", person.id())
            .then()
            .statusCode(403)
            .contentType(startsWith("application/problem+json"))
            .extract()
            .asString();

    new GoldenJson().check("forbidden", answer);
  }

  @Test
  @SendsBadInput("a field the published EraseRequest does not have")
  void givenAFieldTheSchemaDoesNotHave_whenErase_thenProblemNamingTheField() {
    Person person = Person.create();

    String answer =
        post("erase", person.id(), Map.of("requestId", requestId(), "reason", "x"), 400);

    new GoldenJson().known("reason", "field").check("invalid-body", answer);
  }

  // ---- controller profile

  @Test
  void givenDemoProfile_whenController_thenProfileInVersionEnvelope() throws IOException {
    Map<String, Object> profile;
    try (InputStream in = getClass().getResourceAsStream("/demo/demo-data.json")) {
      profile = JsonPath.from(in).getMap("controllerProfile");
    }
    String etag = as("admin").get("/api/v1/controller").then().extract().header("ETag");
    var put = as("admin").header("X-Change-Note", "Golden file of the controller profile");
    if (etag != null) {
      put = put.header("If-Match", etag);
    }
    put.body(profile).put("/api/v1/controller").then().statusCode(200);

    String answer =
        asRightsService().get("/api/v1/controller").then().statusCode(200).extract().asString();

    new GoldenJson().check("controller", answer);
  }
}
