package fi.rekisteri.register.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import fi.rekisteri.register.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint of the register against every caller. The expectation of each cell comes from
 * {@link #RULES}, which is written from the documented role rules and not from the
 * {@code @RolesAllowed} annotations, so that a wrong annotation makes a cell fail.
 *
 * <ul>
 *   <li>no token: 401, except for the public privacy notice
 *   <li>a caller the rules do not grant the endpoint to: 403
 *   <li>a caller the rules grant it to: a valid call that succeeds (2xx); "not refused" is not
 *       enough, since a 400, 404 or 409 would hide a grant that does not work
 * </ul>
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class EndpointRoleMatrixTest {

  /** What an endpoint works on, as the role rules name it. */
  enum Area {
    CONTACTS,
    ORGANISATIONS,
    ORDERS,
    PREFERENCES,
    INTERACTIONS,
    INVOICES,
    PAYMENTS,
    AUDIT_LOG,
    RETENTION,
    CONTROLLER_PROFILE,
    CONTROLLER_PROFILE_VERSIONS,
    LIST_EXPORTS,
    DISCLOSURES,
    INTERNAL_SUBJECT_RIGHTS,
    PUBLIC_PRIVACY_NOTICE,
    ERASURE_LEDGER
  }

  enum Access {
    READ,
    WRITE
  }

  private static final String NO_TOKEN = "no token";
  private static final String RIGHTS_SERVICE = "rights-service";

  /**
   * A realm user holding rights-processor (test fixture of deploy/keycloak/rekisteri-realm.json).
   */
  private static final String IMPOSTOR = "internal-impostor";

  /** The callers, in the order of the matrix; each demo user has exactly one realm role. */
  private static final List<String> CALLERS =
      List.of(NO_TOKEN, "sales", "accounting", "dpo", "admin", "maija", RIGHTS_SERVICE, IMPOSTOR);

  /**
   * The documented role rules, one line per rule. Anything not granted here must be refused with
   * 403.
   *
   * <ul>
   *   <li>sales reads and writes contacts, organisations, orders, preferences and interactions
   *   <li>accounting reads and writes invoices and payments, and reads contacts, organisations and
   *       orders
   *   <li>dpo reads everything (invoices and the audit log included) and writes nothing
   *   <li>admin reads and writes everything, the controller profile included; sales and accounting
   *       may read the profile, whose content the public privacy notice shows anyway
   *   <li>rights-processor (the rights service's machine account) uses only the internal endpoints
   *       and reads the controller profile ({@code GET /api/v1/controller})
   *   <li>maija (data-subject) has nothing in the register
   *   <li>internal-impostor, a user of the public client given rights-processor, reads the
   *       controller profile like the role does, but no internal endpoint: those take only a token
   *       issued to the client rights-service (README, "Choices worth knowing")
   * </ul>
   *
   * "Everything" for dpo and admin is the staff API: {@code /api/v1/internal/**} is the rights
   * service's command interface and is granted to its machine account only (README: client
   * rights-service, "the register's /api/v1/internal/** commands").
   *
   * <p>Endpoints added after these rules were written, with the rules of the README's demo-user
   * table: list exports are sales' (and admin's) and write the disclosure ledger, so they are a
   * write; dpo reads the disclosures; the privacy notice is public (Art. 13: no login), so every
   * caller, without a token too, may read it.
   */
  private static final Map<String, Set<String>> RULES = new LinkedHashMap<>();

  static {
    EnumSet<Area> staffApi =
        EnumSet.complementOf(EnumSet.of(Area.INTERNAL_SUBJECT_RIGHTS, Area.PUBLIC_PRIVACY_NOTICE));
    grant(
        "sales",
        EnumSet.allOf(Access.class),
        EnumSet.of(
            Area.CONTACTS, Area.ORGANISATIONS, Area.ORDERS, Area.PREFERENCES, Area.INTERACTIONS));
    grant("accounting", EnumSet.allOf(Access.class), EnumSet.of(Area.INVOICES, Area.PAYMENTS));
    grant(
        "accounting",
        EnumSet.of(Access.READ),
        EnumSet.of(Area.CONTACTS, Area.ORGANISATIONS, Area.ORDERS));
    grant("dpo", EnumSet.of(Access.READ), staffApi);
    grant("admin", EnumSet.allOf(Access.class), staffApi);
    grant(RIGHTS_SERVICE, EnumSet.allOf(Access.class), EnumSet.of(Area.INTERNAL_SUBJECT_RIGHTS));
    grant(RIGHTS_SERVICE, EnumSet.of(Access.READ), EnumSet.of(Area.CONTROLLER_PROFILE));
    grant("sales", EnumSet.allOf(Access.class), EnumSet.of(Area.LIST_EXPORTS));
    // the profile is what the public privacy notice says anyway; staff may read it, admin writes
    grant("sales", EnumSet.of(Access.READ), EnumSet.of(Area.CONTROLLER_PROFILE));
    grant("accounting", EnumSet.of(Access.READ), EnumSet.of(Area.CONTROLLER_PROFILE));
    grant("maija", EnumSet.noneOf(Access.class), EnumSet.noneOf(Area.class));
    grant(IMPOSTOR, EnumSet.of(Access.READ), EnumSet.of(Area.CONTROLLER_PROFILE));
    for (String caller : CALLERS) {
      grant(caller, EnumSet.of(Access.READ), EnumSet.of(Area.PUBLIC_PRIVACY_NOTICE));
    }
  }

  private static void grant(String caller, Set<Access> accesses, Set<Area> areas) {
    Set<String> granted = RULES.computeIfAbsent(caller, ignored -> new TreeSet<>());
    for (Area area : areas) {
      for (Access access : accesses) {
        granted.add(area + ":" + access);
      }
    }
  }

  private static boolean granted(String caller, Endpoint endpoint) {
    return RULES.getOrDefault(caller, Set.of()).contains(endpoint.area() + ":" + endpoint.access());
  }

  /**
   * One endpoint. Placeholders in {@code path}: {contact}, {organisation}, {order}, {invoice},
   * {interaction} and {subject} are shared records made once; {newContact}, {newOrganisation},
   * {newOrder} and {newSubject} are made afresh for each call (for deletes and erasure);
   * {requestId} is a fresh request id. {@code etagOf} is read with the admin token before the call
   * and sent as If-Match.
   */
  record Endpoint(
      String method,
      String path,
      Area area,
      Access access,
      Function<Fixture, Object> body,
      String etagOf) {

    String key() {
      return method + " " + path;
    }
  }

  private static final Function<Fixture, Object> NO_BODY = f -> null;

  private static final List<Endpoint> ENDPOINTS =
      List.of(
          // contacts
          new Endpoint(
              "POST",
              "/api/v1/contacts",
              Area.CONTACTS,
              Access.WRITE,
              f -> TestData.contact(),
              null),
          new Endpoint("GET", "/api/v1/contacts", Area.CONTACTS, Access.READ, NO_BODY, null),
          new Endpoint(
              "GET", "/api/v1/contacts/{contact}", Area.CONTACTS, Access.READ, NO_BODY, null),
          new Endpoint(
              "PUT",
              "/api/v1/contacts/{contact}",
              Area.CONTACTS,
              Access.WRITE,
              f -> f.contactBody(),
              "/api/v1/contacts/{contact}"),
          new Endpoint(
              "DELETE",
              "/api/v1/contacts/{newContact}",
              Area.CONTACTS,
              Access.WRITE,
              NO_BODY,
              null),
          // organisations
          new Endpoint(
              "POST",
              "/api/v1/organisations",
              Area.ORGANISATIONS,
              Access.WRITE,
              f -> TestData.organisation(TestData.businessId()),
              null),
          new Endpoint(
              "GET", "/api/v1/organisations", Area.ORGANISATIONS, Access.READ, NO_BODY, null),
          new Endpoint(
              "GET",
              "/api/v1/organisations/{organisation}",
              Area.ORGANISATIONS,
              Access.READ,
              NO_BODY,
              null),
          new Endpoint(
              "PUT",
              "/api/v1/organisations/{organisation}",
              Area.ORGANISATIONS,
              Access.WRITE,
              f -> TestData.organisation(TestData.businessId()),
              "/api/v1/organisations/{organisation}"),
          new Endpoint(
              "DELETE",
              "/api/v1/organisations/{newOrganisation}",
              Area.ORGANISATIONS,
              Access.WRITE,
              NO_BODY,
              null),
          // orders
          new Endpoint(
              "POST",
              "/api/v1/orders",
              Area.ORDERS,
              Access.WRITE,
              f -> TestData.order(f.contactId()),
              null),
          new Endpoint("GET", "/api/v1/orders", Area.ORDERS, Access.READ, NO_BODY, null),
          new Endpoint("GET", "/api/v1/orders/{order}", Area.ORDERS, Access.READ, NO_BODY, null),
          new Endpoint(
              "PUT",
              "/api/v1/orders/{order}",
              Area.ORDERS,
              Access.WRITE,
              f -> TestData.order(f.contactId()),
              "/api/v1/orders/{order}"),
          new Endpoint(
              "DELETE", "/api/v1/orders/{newOrder}", Area.ORDERS, Access.WRITE, NO_BODY, null),
          // marketing preferences
          new Endpoint(
              "GET",
              "/api/v1/contacts/{contact}/preferences",
              Area.PREFERENCES,
              Access.READ,
              NO_BODY,
              null),
          new Endpoint(
              "POST",
              "/api/v1/contacts/{contact}/preferences",
              Area.PREFERENCES,
              Access.WRITE,
              f -> preference(),
              null),
          // interactions
          new Endpoint(
              "POST",
              "/api/v1/contacts/{contact}/interactions",
              Area.INTERACTIONS,
              Access.WRITE,
              f -> TestData.interaction(),
              null),
          new Endpoint(
              "GET",
              "/api/v1/contacts/{contact}/interactions",
              Area.INTERACTIONS,
              Access.READ,
              NO_BODY,
              null),
          new Endpoint(
              "GET",
              "/api/v1/contacts/{contact}/interactions/{interaction}",
              Area.INTERACTIONS,
              Access.READ,
              NO_BODY,
              null),
          // invoices and payments
          new Endpoint(
              "POST",
              "/api/v1/invoices",
              Area.INVOICES,
              Access.WRITE,
              f -> TestData.invoice(f.contactId(), f.orderId(), "100.00"),
              null),
          new Endpoint("GET", "/api/v1/invoices", Area.INVOICES, Access.READ, NO_BODY, null),
          new Endpoint(
              "GET", "/api/v1/invoices/{invoice}", Area.INVOICES, Access.READ, NO_BODY, null),
          new Endpoint(
              "PUT",
              "/api/v1/invoices/{invoice}/status",
              Area.INVOICES,
              Access.WRITE,
              f -> Map.of("status", "OPEN"),
              "/api/v1/invoices/{invoice}"),
          new Endpoint(
              "POST",
              "/api/v1/invoices/{invoice}/payments",
              Area.PAYMENTS,
              Access.WRITE,
              f -> TestData.payment("1.00"),
              null),
          // audit log
          new Endpoint(
              "GET",
              "/api/v1/audit?subjectId={contact}",
              Area.AUDIT_LOG,
              Access.READ,
              NO_BODY,
              null),
          new Endpoint("GET", "/api/v1/audit/verify", Area.AUDIT_LOG, Access.READ, NO_BODY, null),
          // the erasures made again from the erasure ledger at startup (docs/backups.md)
          new Endpoint(
              "GET", "/api/v1/erasures/reapplied", Area.ERASURE_LEDGER, Access.READ, NO_BODY, null),
          new Endpoint(
              "GET",
              "/api/v1/internal/erasures/reapplied",
              Area.INTERNAL_SUBJECT_RIGHTS,
              Access.READ,
              NO_BODY,
              null),
          // retention rules and the retention job's reports
          new Endpoint("GET", "/api/v1/retention", Area.RETENTION, Access.READ, NO_BODY, null),
          new Endpoint("GET", "/api/v1/retention/runs", Area.RETENTION, Access.READ, NO_BODY, null),
          // controller profile
          new Endpoint(
              "GET", "/api/v1/controller", Area.CONTROLLER_PROFILE, Access.READ, NO_BODY, null),
          new Endpoint(
              "PUT",
              "/api/v1/controller",
              Area.CONTROLLER_PROFILE,
              Access.WRITE,
              f -> controllerProfile(),
              "/api/v1/controller"),
          new Endpoint(
              "GET",
              "/api/v1/controller/versions",
              Area.CONTROLLER_PROFILE_VERSIONS,
              Access.READ,
              NO_BODY,
              null),
          new Endpoint(
              "GET",
              "/api/v1/controller/versions/{firstVersion}/announcement",
              Area.CONTROLLER_PROFILE_VERSIONS,
              Access.READ,
              NO_BODY,
              null),
          // list exports and the disclosure ledger
          new Endpoint(
              "POST",
              "/api/v1/exports",
              Area.LIST_EXPORTS,
              Access.WRITE,
              f -> Map.of("purpose", "MAILING_LABELS", "recipient", "Painotalo Oy"),
              null),
          new Endpoint(
              "GET",
              "/api/v1/disclosures?subjectId={contact}",
              Area.DISCLOSURES,
              Access.READ,
              NO_BODY,
              null),
          // the public privacy notice
          new Endpoint(
              "GET",
              "/api/v1/privacy-notice",
              Area.PUBLIC_PRIVACY_NOTICE,
              Access.READ,
              NO_BODY,
              null),
          new Endpoint(
              "GET", "/privacy-notice", Area.PUBLIC_PRIVACY_NOTICE, Access.READ, NO_BODY, null),
          // the rights service's commands
          new Endpoint(
              "POST",
              "/api/v1/internal/subjects/search",
              Area.INTERNAL_SUBJECT_RIGHTS,
              Access.READ,
              f -> Map.of("email", f.subjectEmail()),
              null),
          new Endpoint(
              "GET",
              "/api/v1/internal/subjects/{subject}/export?requestId={requestId}",
              Area.INTERNAL_SUBJECT_RIGHTS,
              Access.READ,
              NO_BODY,
              null),
          new Endpoint(
              "POST",
              "/api/v1/internal/subjects/{subject}/rectify",
              Area.INTERNAL_SUBJECT_RIGHTS,
              Access.WRITE,
              f ->
                  Map.of("requestId", requestId(), "changes", Map.of("title", "Hankintapäällikkö")),
              null),
          new Endpoint(
              "POST",
              "/api/v1/internal/subjects/{newSubject}/erase",
              Area.INTERNAL_SUBJECT_RIGHTS,
              Access.WRITE,
              f -> Map.of("requestId", requestId()),
              null),
          new Endpoint(
              "POST",
              "/api/v1/internal/subjects/{subject}/restrict",
              Area.INTERNAL_SUBJECT_RIGHTS,
              Access.WRITE,
              f -> Map.of("requestId", requestId(), "reason", "Accuracy contested"),
              null),
          new Endpoint(
              "POST",
              "/api/v1/internal/subjects/{subject}/lift-restriction",
              Area.INTERNAL_SUBJECT_RIGHTS,
              Access.WRITE,
              f -> Map.of("requestId", requestId()),
              null),
          new Endpoint(
              "POST",
              "/api/v1/internal/subjects/{subject}/schedule-lift",
              Area.INTERNAL_SUBJECT_RIGHTS,
              Access.WRITE,
              f -> Map.of("requestId", requestId(), "endsOn", "2027-01-15"),
              null),
          new Endpoint(
              "GET",
              "/api/v1/internal/subjects/{subject}/recipients",
              Area.INTERNAL_SUBJECT_RIGHTS,
              Access.READ,
              NO_BODY,
              null),
          new Endpoint(
              "POST",
              "/api/v1/internal/subjects/{subject}/objection",
              Area.INTERNAL_SUBJECT_RIGHTS,
              Access.WRITE,
              f -> Map.of("requestId", requestId(), "kind", "DIRECT_MARKETING"),
              null),
          new Endpoint(
              "GET",
              "/api/v1/internal/subjects/{subject}/mentions",
              Area.INTERNAL_SUBJECT_RIGHTS,
              Access.READ,
              NO_BODY,
              null),
          // a fresh subject named in another contact's notes, and that name-only mention's id
          new Endpoint(
              "POST",
              "/api/v1/internal/subjects/{mentionSubject}/mentions/{mention}/redact",
              Area.INTERNAL_SUBJECT_RIGHTS,
              Access.WRITE,
              f -> Map.of("requestId", requestId()),
              null));

  static Stream<Arguments> matrix() {
    List<Arguments> cells = new ArrayList<>();
    for (Endpoint endpoint : ENDPOINTS) {
      for (String caller : CALLERS) {
        String expected;
        if (granted(caller, endpoint)) {
          expected = "allowed";
        } else if (NO_TOKEN.equals(caller)) {
          expected = "401";
        } else {
          expected = "403";
        }
        cells.add(Arguments.of(endpoint.key(), caller, expected));
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "[{index}] {0} as {1} -> {2}")
  @MethodSource("matrix")
  void givenCaller_whenCallingEndpoint_thenRoleRulesHold(
      String endpointKey, String caller, String expected) {
    Fixture fixture = fixture();
    Endpoint endpoint =
        ENDPOINTS.stream().filter(e -> e.key().equals(endpointKey)).findFirst().orElseThrow();

    RequestSpecification request = given().contentType(ContentType.JSON);
    String token = bearer(caller);
    if (token != null) {
      request.header("Authorization", token);
    }
    if (endpoint.etagOf() != null) {
      String etag = adminEtag(fixture.resolve(endpoint.etagOf()));
      if (etag != null) {
        request.header("If-Match", etag);
      }
    }
    Object body = endpoint.body().apply(fixture);
    if (body != null) {
      request.body(body);
    }
    String path = fixture.resolve(endpoint.path());
    Response response = request.request(endpoint.method(), path);

    int status = response.statusCode();
    String description =
        String.format(
            "%s %s as %s (rule: %s) answered %d %s",
            endpoint.method(), path, caller, expected, status, response.asString());
    switch (expected) {
      case "401" -> assertThat(status).as(description).isEqualTo(401);
      case "403" -> assertThat(status).as(description).isEqualTo(403);
      default -> assertThat(status).as(description).isBetween(200, 299);
    }
  }

  /** Guards the matrix itself: an endpoint added to the API without a row here fails. */
  @Test
  void givenOpenApiDocument_whenComparedWithMatrix_thenEveryEndpointHasARow() {
    Map<String, Map<String, Object>> paths =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("paths");
    Set<String> documented = new TreeSet<>();
    paths.forEach(
        (path, operations) -> {
          for (String method : operations.keySet()) {
            if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
              documented.add(method.toUpperCase() + " " + normalised(path));
            }
          }
        });
    Set<String> inMatrix = new TreeSet<>();
    ENDPOINTS.forEach(e -> inMatrix.add(e.method() + " " + normalised(e.path())));

    assertThat(inMatrix).as("endpoints in the matrix").isEqualTo(documented);
  }

  private static String normalised(String path) {
    int query = path.indexOf('?');
    return (query < 0 ? path : path.substring(0, query)).replaceAll("\\{[^}]*}", "{}");
  }

  // ---- callers

  private static String bearer(String caller) {
    return switch (caller) {
      case NO_TOKEN -> null;
      case RIGHTS_SERVICE -> "Bearer " + Tokens.rightsService();
      default -> Tokens.bearer(caller);
    };
  }

  // ---- the records the paths point at, made once with the admin token

  private static Fixture fixture;

  private static synchronized Fixture fixture() {
    if (fixture == null) {
      fixture = Fixture.create();
    }
    return fixture;
  }

  record Fixture(
      String organisationId,
      String contactId,
      String orderId,
      String invoiceId,
      String interactionId,
      String subjectId,
      String subjectEmail) {

    static Fixture create() {
      String organisationId =
          createAsAdmin("/api/v1/organisations", TestData.organisation(TestData.businessId()));
      Map<String, Object> contact = TestData.contact();
      contact.put("organisationId", organisationId);
      String contactId = createAsAdmin("/api/v1/contacts", contact);
      String orderId = createAsAdmin("/api/v1/orders", TestData.order(contactId));
      String invoiceId =
          createAsAdmin("/api/v1/invoices", TestData.invoice(contactId, orderId, "1000.00"));
      String interactionId =
          createAsAdmin("/api/v1/contacts/" + contactId + "/interactions", TestData.interaction());
      Map<String, Object> subject = TestData.contact();
      String subjectId = createAsAdmin("/api/v1/contacts", subject);
      if (adminEtag("/api/v1/controller") == null) {
        given()
            .header("Authorization", Tokens.bearer("admin"))
            .contentType(ContentType.JSON)
            .body(controllerProfile())
            .put("/api/v1/controller")
            .then()
            .statusCode(200);
      }
      return new Fixture(
          organisationId,
          contactId,
          orderId,
          invoiceId,
          interactionId,
          subjectId,
          (String) subject.get("email"));
    }

    Map<String, Object> contactBody() {
      Map<String, Object> body = TestData.contact();
      body.put("organisationId", organisationId);
      return body;
    }

    String resolve(String template) {
      String path =
          template
              .replace("{contact}", contactId)
              .replace("{organisation}", organisationId)
              .replace("{order}", orderId)
              .replace("{invoice}", invoiceId)
              .replace("{interaction}", interactionId)
              .replace("{subject}", subjectId)
              .replace("{requestId}", requestId())
              // the profile's first version: the fixture makes the profile when there is none
              .replace("{firstVersion}", "1");
      if (path.contains("{newContact}")) {
        path = path.replace("{newContact}", createAsAdmin("/api/v1/contacts", TestData.contact()));
      }
      if (path.contains("{newSubject}")) {
        path = path.replace("{newSubject}", createAsAdmin("/api/v1/contacts", TestData.contact()));
      }
      if (path.contains("{mentionSubject}")) {
        String[] named = nameMention();
        path = path.replace("{mentionSubject}", named[0]).replace("{mention}", named[1]);
      }
      if (path.contains("{newOrganisation}")) {
        path =
            path.replace(
                "{newOrganisation}",
                createAsAdmin(
                    "/api/v1/organisations", TestData.organisation(TestData.businessId())));
      }
      if (path.contains("{newOrder}")) {
        path =
            path.replace("{newOrder}", createAsAdmin("/api/v1/orders", TestData.order(contactId)));
      }
      return path;
    }
  }

  /**
   * The subject id and mention id of a new contact whose full name (and nothing else of hers)
   * another new contact's notes name: a mention that only the DPO's confirmation redacts.
   */
  private static String[] nameMention() {
    String unique = TestData.unique();
    Map<String, Object> subject = TestData.contact();
    subject.put("firstName", "Matriisi");
    subject.put("lastName", "Mainittu" + unique);
    subject.put("email", "matriisi." + unique + "@example.fi");
    subject.remove("phone");
    String subjectId = createAsAdmin("/api/v1/contacts", subject);
    Map<String, Object> other = TestData.contact();
    other.put("notes", "Tapasin Matriisi Mainittu" + unique + " messuilla");
    createAsAdmin("/api/v1/contacts", other);
    String mentionId =
        given()
            .header("Authorization", "Bearer " + Tokens.rightsService())
            .get("/api/v1/internal/subjects/{id}/mentions", subjectId)
            .then()
            .statusCode(200)
            .extract()
            .path("mentions[0].id");
    assertThat(mentionId).as("the name-only mention of %s", subjectId).isNotNull();
    return new String[] {subjectId, mentionId};
  }

  private static String createAsAdmin(String path, Object body) {
    return given()
        .header("Authorization", Tokens.bearer("admin"))
        .contentType(ContentType.JSON)
        .body(body)
        .post(path)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** The ETag of a resource as the admin reads it, or null when it does not exist. */
  private static String adminEtag(String path) {
    Response response = given().header("Authorization", Tokens.bearer("admin")).get(path);
    if (response.statusCode() == 404) {
      return null;
    }
    assertThat(response.statusCode()).as("admin reads %s", path).isEqualTo(200);
    return response.header("ETag");
  }

  private static String requestId() {
    return "matrix-" + UUID.randomUUID();
  }

  // ---- bodies not in TestData

  private static Map<String, Object> preference() {
    return Map.of(
        "kind",
        "DIRECT_MARKETING_CONSENT",
        "channel",
        "EMAIL",
        "granted",
        true,
        "source",
        Map.of("channel", "WEB_FORM", "collectedAt", Instant.now().minusSeconds(60).toString()));
  }

  private static Map<String, Object> text(String fi, String en) {
    return Map.of("fi", fi, "en", en);
  }

  static Map<String, Object> controllerProfile() {
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put(
        "controller",
        Map.of(
            "legalName", "Rekisteri Oy",
            "businessId", TestData.businessId(),
            "address", "Mannerheimintie 1, 00100 Helsinki",
            "phone", "+358 9 123 4567",
            "email", "tietosuoja@rekisteri.example"));
    profile.put(
        "personInCharge",
        Map.of(
            "name", "Tiina Tietosuoja",
            "title", "Tietosuojavastaava",
            "email", "dpo@rekisteri.example"));
    profile.put("registerName", text("Asiakasrekisteri", "Customer register"));
    profile.put(
        "purposes",
        List.of(
            Map.of(
                "description",
                text("Asiakassuhteen hoito", "Managing customer relationships"),
                "legalBasis",
                "CONTRACT")));
    profile.put("dataCategories", List.of(text("Yhteystiedot", "Contact details")));
    profile.put("sources", List.of(text("Rekisteröity itse", "The data subject")));
    profile.put("recipients", List.of());
    profile.put(
        "processors",
        List.of(
            Map.of(
                "name", "Pilvipalvelu Oy",
                "role", text("Palvelintila", "Hosting"),
                "country", "FI")));
    profile.put("transfers", text("Ei siirtoja EU:n ulkopuolelle", "No transfers outside the EU"));
    profile.put(
        "retention",
        List.of(text("Asiakassuhteen ajan ja 6 vuotta", "The relationship and 6 years")));
    profile.put("security", List.of(text("Pääsynhallinta", "Access control")));
    profile.put("cookies", text("Ei evästeitä", "No cookies"));
    profile.put("automatedDecisions", text("Ei automaattisia päätöksiä", "No automated decisions"));
    return profile;
  }
}
