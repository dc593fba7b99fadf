package fi.rekisteri.rights.security;

import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.rekisteri.rights.delivery.LetterSendTest;
import fi.rekisteri.rights.request.RequestApi;
import fi.rekisteri.rights.support.EventProducer;
import fi.rekisteri.rights.support.Mailboxes;
import fi.rekisteri.rights.support.RightsStack;
import fi.rekisteri.stack.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Every endpoint of the rights service against every caller, from the documented role rules and not
 * from the {@code @RolesAllowed} annotations:
 *
 * <ul>
 *   <li>dpo and admin work on requests (/api/v1/requests/**), read known subjects and the audit log
 *       (/api/v1/audit/**)
 *   <li>a data subject (maija, matti) uses only the self-service channel (/api/v1/me/**), on their
 *       own requests
 *   <li>the register-facing machine account (rights-service) and sales and accounting use none of
 *       it; the UI configuration is public
 * </ul>
 *
 * A granted caller sends a valid call on a record in the state the call needs, made afresh for that
 * caller, and must get a 2xx: "not refused" is not enough, since a 400, 404 or 409 would hide a
 * grant that does not work. A caller refused is 403 (problem+json) on an id that exists, and no
 * token is 401.
 */
@QuarkusTest
@WithTestResource(RightsStack.class)
class RoleMatrixTest {

  enum Area {
    REQUESTS,
    SUBJECTS,
    AUDIT_LOG,
    SELF_SERVICE,
    SESSION,
    /** Needs no login: the requester's entry of a one-time code (POST /api/v1/verifications). */
    PUBLIC
  }

  private static final String NO_TOKEN = "no token";
  private static final String RIGHTS_SERVICE = "rights-service";

  private static final List<String> CALLERS =
      List.of(NO_TOKEN, "sales", "accounting", "dpo", "admin", "maija", "matti", RIGHTS_SERVICE);

  private static final Map<String, Set<Area>> RULES =
      Map.of(
          "dpo", Set.of(Area.REQUESTS, Area.SUBJECTS, Area.AUDIT_LOG),
          "admin", Set.of(Area.REQUESTS, Area.SUBJECTS, Area.AUDIT_LOG),
          "maija", Set.of(Area.SELF_SERVICE),
          "matti", Set.of(Area.SELF_SERVICE));

  private static boolean granted(String caller, Endpoint endpoint) {
    // who is logged in: any caller with a token, about themselves
    return endpoint.area() == Area.PUBLIC
        || (endpoint.area() == Area.SESSION && !NO_TOKEN.equals(caller))
        || RULES.getOrDefault(caller, Set.of()).contains(endpoint.area());
  }

  /**
   * One endpoint. Placeholders in {@code path}: {request}, {letter}, {task} and {subject}, filled
   * by {@code ids}, which makes for a granted caller the records the call needs, as that caller; a
   * refused caller gets the ids of records that exist. {@code optional}: an endpoint that may not
   * be there yet; its cells are skipped while the OpenAPI document does not list it.
   */
  record Endpoint(
      String method,
      String path,
      Area area,
      Function<String, Map<String, String>> ids,
      Object body,
      boolean optional) {

    Endpoint(
        String method,
        String path,
        Area area,
        Function<String, Map<String, String>> ids,
        Object body) {
      this(method, path, area, ids, body, false);
    }

    String key() {
      return method + " " + path;
    }
  }

  private static final Function<String, Map<String, String>> NO_IDS = caller -> Map.of();

  private static final List<Endpoint> ENDPOINTS =
      List.of(
          // the DPO's requests
          new Endpoint(
              "POST",
              "/api/v1/requests",
              Area.REQUESTS,
              NO_IDS,
              RequestApi.intake("ACCESS", email("matrix"))),
          new Endpoint("GET", "/api/v1/requests", Area.REQUESTS, NO_IDS, null),
          new Endpoint("GET", "/api/v1/requests/figures", Area.REQUESTS, NO_IDS, null),
          new Endpoint(
              "GET", "/api/v1/requests/{request}", Area.REQUESTS, RoleMatrixTest::received, null),
          new Endpoint(
              "POST",
              "/api/v1/requests/{request}/identity",
              Area.REQUESTS,
              RoleMatrixTest::received,
              Map.of("method", "DPO_CHECK", "note", "called back")),
          new Endpoint(
              "POST",
              "/api/v1/requests/{request}/await-identity",
              Area.REQUESTS,
              RoleMatrixTest::received,
              Map.of("note", "a copy of the last invoice")),
          new Endpoint(
              "POST",
              "/api/v1/requests/{request}/match",
              Area.REQUESTS,
              RoleMatrixTest::verified,
              null),
          new Endpoint(
              "POST",
              "/api/v1/requests/{request}/subject",
              Area.REQUESTS,
              RoleMatrixTest::received,
              Map.of("subjectId", UUID.randomUUID().toString(), "reason", "named in the letter")),
          new Endpoint(
              "POST",
              "/api/v1/requests/{request}/extension",
              Area.REQUESTS,
              RoleMatrixTest::received,
              Map.of("reason", "Laaja aineisto")),
          new Endpoint(
              "POST",
              "/api/v1/requests/{request}/execute",
              Area.REQUESTS,
              RoleMatrixTest::verified,
              null),
          new Endpoint(
              "POST",
              "/api/v1/requests/{request}/lift-restriction",
              Area.REQUESTS,
              RoleMatrixTest::restricted,
              Map.of("reasons", "Selvitys osoittaa tiedot oikeiksi")),
          new Endpoint(
              "POST",
              "/api/v1/requests/{request}/refuse",
              Area.REQUESTS,
              RoleMatrixTest::received,
              Map.of("reasons", "Ei tunnistettavissa")),
          new Endpoint(
              "POST",
              "/api/v1/requests/{request}/complete",
              Area.REQUESTS,
              RoleMatrixTest::received,
              Map.of("note", "Valmis")),
          new Endpoint(
              "POST",
              "/api/v1/requests/{request}/withdraw",
              Area.REQUESTS,
              RoleMatrixTest::received,
              Map.of("reason", "Peruttu puhelimessa")),
          new Endpoint(
              "POST",
              "/api/v1/requests/{request}/hold",
              Area.REQUESTS,
              RoleMatrixTest::received,
              Map.of("reason", "Odotetaan")),
          new Endpoint(
              "POST",
              "/api/v1/requests/{request}/resume",
              Area.REQUESTS,
              RoleMatrixTest::held,
              null),
          new Endpoint(
              "GET",
              "/api/v1/requests/{request}/mentions",
              Area.REQUESTS,
              RoleMatrixTest::matched,
              null),
          new Endpoint(
              "POST",
              "/api/v1/requests/{request}/mentions/{mention}/redact",
              Area.REQUESTS,
              RoleMatrixTest::mentioned,
              null),
          new Endpoint(
              "GET",
              "/api/v1/requests/{request}/erasure-proof",
              Area.REQUESTS,
              RoleMatrixTest::erased,
              null),
          new Endpoint(
              "GET",
              "/api/v1/requests/{request}/letters",
              Area.REQUESTS,
              RoleMatrixTest::withdrawn,
              null),
          new Endpoint(
              "GET",
              "/api/v1/requests/{request}/letters/{letter}",
              Area.REQUESTS,
              RoleMatrixTest::withdrawn,
              null,
              true),
          new Endpoint(
              "POST",
              "/api/v1/requests/{request}/letters/{letter}/send",
              Area.REQUESTS,
              RoleMatrixTest::identityAsked,
              null),
          new Endpoint(
              "POST",
              "/api/v1/requests/{request}/identity-code",
              Area.REQUESTS,
              RoleMatrixTest::matched,
              null),
          // the requester's one-time code, entered without a login: a code of its own per caller
          new Endpoint(
              "POST",
              "/api/v1/verifications",
              Area.PUBLIC,
              RoleMatrixTest::codeSent,
              Map.of("requestId", "{request}", "code", "{code}")),
          new Endpoint(
              "GET",
              "/api/v1/requests/{request}/package",
              Area.REQUESTS,
              RoleMatrixTest::completed,
              null),
          new Endpoint(
              "GET",
              "/api/v1/requests/{request}/notifications",
              Area.REQUESTS,
              RoleMatrixTest::restricted,
              null),
          new Endpoint(
              "POST",
              "/api/v1/requests/{request}/notifications/{task}/confirm",
              Area.REQUESTS,
              RoleMatrixTest::restricted,
              Map.of("note", "Sähköposti lähetetty")),
          // subjects known from the register's events
          new Endpoint(
              "GET", "/api/v1/subjects/{subject}", Area.SUBJECTS, caller -> shared(), null),
          // the audit log of reads and its hash chain
          new Endpoint(
              "GET", "/api/v1/audit?subjectId={subject}", Area.AUDIT_LOG, caller -> shared(), null),
          new Endpoint("GET", "/api/v1/audit/verify", Area.AUDIT_LOG, NO_IDS, null),
          // erasures applied again from the erasure ledger after a restore (accountability)
          new Endpoint("GET", "/api/v1/erasures/reapplied", Area.AUDIT_LOG, NO_IDS, null),
          // Art. 19 tasks of the register's own erasures (a period or a hold ended)
          new Endpoint("GET", "/api/v1/erasures/notifications", Area.REQUESTS, NO_IDS, null),
          new Endpoint(
              "POST",
              "/api/v1/erasures/notifications/{task}/confirm",
              Area.REQUESTS,
              caller ->
                  Map.of(
                      "task", fi.rekisteri.rights.support.RetentionErasures.openTask().toString()),
              Map.of("note", "Sähköposti lähetetty")),
          // self-service
          new Endpoint(
              "POST",
              "/api/v1/me/requests",
              Area.SELF_SERVICE,
              NO_IDS,
              Map.of("type", "ACCESS", "language", "en")),
          new Endpoint("GET", "/api/v1/me/requests", Area.SELF_SERVICE, NO_IDS, null),
          new Endpoint(
              "GET",
              "/api/v1/me/requests/{request}",
              Area.SELF_SERVICE,
              RoleMatrixTest::mine,
              null),
          new Endpoint(
              "GET",
              "/api/v1/me/requests/{request}/letters",
              Area.SELF_SERVICE,
              RoleMatrixTest::mineWithdrawn,
              null),
          new Endpoint(
              "GET",
              "/api/v1/me/requests/{request}/letters/{letter}",
              Area.SELF_SERVICE,
              RoleMatrixTest::mineWithdrawn,
              null,
              true),
          new Endpoint(
              "GET",
              "/api/v1/me/requests/{request}/package",
              Area.SELF_SERVICE,
              RoleMatrixTest::mineCompleted,
              null),
          new Endpoint(
              "POST",
              "/api/v1/me/requests/{request}/withdraw",
              Area.SELF_SERVICE,
              RoleMatrixTest::mine,
              Map.of("reason", "Changed my mind")),
          new Endpoint("GET", "/api/v1/me/data", Area.SELF_SERVICE, NO_IDS, null),
          new Endpoint(
              "PATCH",
              "/api/v1/me/data",
              Area.SELF_SERVICE,
              NO_IDS,
              Map.of("title", "Kirjanpitäjä")),
          // who is logged in (the pages' header, role check and CSRF token)
          new Endpoint("GET", "/api/v1/session", Area.SESSION, NO_IDS, null));

  static Stream<Arguments> matrix() {
    List<Arguments> cells = new ArrayList<>();
    for (Endpoint endpoint : ENDPOINTS) {
      for (String caller : CALLERS) {
        String expected;
        if (granted(caller, endpoint)) {
          expected = "2xx";
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
    Endpoint endpoint =
        ENDPOINTS.stream().filter(e -> e.key().equals(endpointKey)).findFirst().orElseThrow();
    assumeTrue(
        !endpoint.optional() || documented().contains(normalised(endpoint)),
        endpointKey + " is not in the API yet");

    Map<String, String> ids = expected.equals("2xx") ? endpoint.ids().apply(caller) : shared();
    String path = endpoint.path();
    for (Map.Entry<String, String> id : ids.entrySet()) {
      path = path.replace("{" + id.getKey() + "}", id.getValue());
    }
    RequestSpecification request = given().contentType(ContentType.JSON);
    String token = token(caller);
    if (token != null) {
      request.auth().oauth2(token);
    }
    if (endpoint.body() instanceof Map<?, ?> body) {
      // "{name}" values of a body are filled from the ids, as in the path
      Map<Object, Object> filled = new java.util.HashMap<>(body);
      filled.replaceAll(
          (key, value) ->
              value instanceof String text && text.matches("\\{\\w+}")
                  ? ids.getOrDefault(text.substring(1, text.length() - 1), text)
                  : value);
      request.body(filled);
    } else if (endpoint.body() != null) {
      request.body(endpoint.body());
    }
    Response response = request.request(endpoint.method(), path);

    int status = response.statusCode();
    String description =
        String.format(
            "%s %s as %s (rule: %s) answered %d %s",
            endpoint.method(), path, caller, expected, status, response.asString());
    switch (expected) {
      case "2xx" -> assertThat(status).as(description).isBetween(200, 299);
      case "401" -> assertThat(status).as(description).isEqualTo(401);
      default -> {
        assertThat(status).as(description).isEqualTo(403);
        assertThat(response.contentType()).as(description).startsWith("application/problem+json");
      }
    }
  }

  @Test
  void givenNoToken_whenRecording_thenUnauthorizedProblem() {
    given()
        .contentType(ContentType.JSON)
        .body(RequestApi.intake("ACCESS", email("roles")))
        .post("/api/v1/requests")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  /** Guards the matrix itself: an endpoint added to the API without a row here fails. */
  @Test
  void givenOpenApiDocument_whenComparedWithMatrix_thenEveryEndpointHasARow() {
    Set<String> documented = documented();
    Set<String> inMatrix = new TreeSet<>();
    Set<String> required = new TreeSet<>();
    for (Endpoint endpoint : ENDPOINTS) {
      inMatrix.add(normalised(endpoint));
      if (!endpoint.optional()) {
        required.add(normalised(endpoint));
      }
    }

    assertThat(inMatrix).as("endpoints in the matrix").containsAll(documented);
    assertThat(documented).as("endpoints in the OpenAPI document").containsAll(required);
  }

  // ---- callers

  private static String token(String caller) {
    return switch (caller) {
      case NO_TOKEN -> null;
      case RIGHTS_SERVICE -> TestTokens.rightsService();
      default -> TestTokens.user(caller);
    };
  }

  // ---- the OpenAPI document

  private static Set<String> documented;

  private static synchronized Set<String> documented() {
    if (documented == null) {
      Map<String, Map<String, Object>> paths =
          given()
              .queryParam("format", "json")
              .get("/q/openapi")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getMap("paths");
      Set<String> operations = new TreeSet<>();
      paths.forEach(
          (path, methods) -> {
            for (String method : methods.keySet()) {
              if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                operations.add(method.toUpperCase() + " " + path.replaceAll("\\{[^}]*}", "{}"));
              }
            }
          });
      documented = operations;
    }
    return documented;
  }

  private static String normalised(Endpoint endpoint) {
    return endpoint.method()
        + " "
        + endpoint.path().replaceAll("\\?.*$", "").replaceAll("\\{[^}]*}", "{}");
  }

  // ---- records in the state a call needs, made by the caller

  private static Map<String, String> received(String caller) {
    return Map.of("request", create(caller, "ACCESS", email("matrix")));
  }

  /** A matched request and a mention of its subject (the fake register redacts any). */
  private static Map<String, String> mentioned(String caller) {
    return Map.of(
        "request", matched(caller).get("request"), "mention", UUID.randomUUID().toString());
  }

  private static Map<String, String> verified(String caller) {
    return Map.of("request", verified(caller, "ACCESS"));
  }

  private static String verified(String caller, String type) {
    String id = create(caller, type, email("matrix"));
    as(caller)
        .body(Map.of("method", "DPO_CHECK"))
        .post("/api/v1/requests/{id}/identity", id)
        .then()
        .statusCode(200);
    return id;
  }

  private static Map<String, String> held(String caller) {
    String id = received(caller).get("request");
    as(caller)
        .body(Map.of("reason", "Odotetaan"))
        .post("/api/v1/requests/{id}/hold", id)
        .then()
        .statusCode(200);
    return Map.of("request", id);
  }

  private static Map<String, String> identityAsked(String caller) {
    String id = LetterSendTest.identityAsked(email("matrix"));
    return Map.of("request", id, "letter", LetterSendTest.letterId(id, 0));
  }

  private static Map<String, String> matched(String caller) {
    String id = create("dpo", "ACCESS", email("matrix"));
    as("dpo").post("/api/v1/requests/{id}/match", id).then().statusCode(200);
    return Map.of("request", id);
  }

  /** A request whose code the DPO has sent, and the code as the requester's mailbox has it. */
  private static Map<String, String> codeSent(String caller) {
    String address = email("matrix-code");
    String id = create("dpo", "ACCESS", address);
    as("dpo").post("/api/v1/requests/{id}/match", id).then().statusCode(200);
    as("dpo").post("/api/v1/requests/{id}/identity-code", id).then().statusCode(202);
    try {
      java.util.regex.Matcher code =
          java.util.regex.Pattern.compile("vahvistuskoodinne on (\\d{6})\\.")
              .matcher(Mailboxes.text(Mailboxes.awaitOne(address), new java.util.ArrayList<>()));
      assertThat(code.find()).isTrue();
      return Map.of("request", id, "code", code.group(1));
    } catch (jakarta.mail.MessagingException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> withdrawn(String caller) {
    String id = received(caller).get("request");
    as(caller)
        .body(Map.of("reason", "Peruttu"))
        .post("/api/v1/requests/{id}/withdraw", id)
        .then()
        .statusCode(200);
    String letter =
        as(caller)
            .get("/api/v1/requests/{id}/letters", id)
            .then()
            .statusCode(200)
            .extract()
            .path("[0].id");
    return Map.of("request", id, "letter", letter);
  }

  /** A completed ACCESS request, with its package. */
  private static Map<String, String> completed(String caller) {
    String id = verified(caller).get("request");
    as(caller).post("/api/v1/requests/{id}/execute", id).then().statusCode(200);
    return Map.of("request", id);
  }

  /** An ERASURE the register carried out and confirmed by its ContactErased event. */
  private static Map<String, String> erased(String caller) {
    String requester = email("matrix-erased");
    String id = create(caller, "ERASURE", requester);
    as(caller)
        .body(Map.of("method", "DPO_CHECK"))
        .post("/api/v1/requests/{id}/identity", id)
        .then()
        .statusCode(200);
    as(caller).post("/api/v1/requests/{id}/execute", id).then().statusCode(202);
    UUID subjectId = fi.rekisteri.rights.support.FakeRegister.subjectId(requester);
    EventProducer.send(
        "contact.events",
        subjectId.toString(),
        """
        {"eventId":"%s","eventType":"ContactErased","aggregateType":"contact",
         "aggregateId":"%s","subjectId":"%s","occurredAt":"%s","schemaVersion":1,
         "body":{"requestId":"%s","erased":["CONTACT_RECORD"],"kept":[]}}
        """
            .formatted(UUID.randomUUID(), subjectId, subjectId, java.time.Instant.now(), id));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        String.valueOf(
                            (Object)
                                as(caller)
                                    .get("/api/v1/requests/{id}", id)
                                    .then()
                                    .extract()
                                    .path("confirmedAt")))
                    .isNotEqualTo("null"));
    return Map.of("request", id);
  }

  /** An executed RESTRICTION: restricted in the register, with recipients to be told. */
  private static Map<String, String> restricted(String caller) {
    String id = verified(caller, "RESTRICTION");
    as(caller).post("/api/v1/requests/{id}/execute", id).then().statusCode(200);
    String task =
        as(caller)
            .get("/api/v1/requests/{id}/notifications", id)
            .then()
            .statusCode(200)
            .extract()
            .path("[0].id");
    return Map.of("request", id, "task", task);
  }

  private static String create(String caller, String type, String requester) {
    return as(caller)
        .body(RequestApi.intake(type, requester))
        .post("/api/v1/requests")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static Map<String, String> mine(String caller) {
    return Map.of(
        "request",
        as(caller)
            .body(Map.of("type", "ACCESS", "language", "en"))
            .post("/api/v1/me/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }

  private static Map<String, String> mineWithdrawn(String caller) {
    String id = mine(caller).get("request");
    String letter =
        as(caller)
            .post("/api/v1/me/requests/{id}/withdraw", id)
            .then()
            .statusCode(200)
            .extract()
            .path("letters[0].id");
    return Map.of("request", id, "letter", letter);
  }

  private static Map<String, String> mineCompleted(String caller) {
    String id = mine(caller).get("request");
    as("dpo").post("/api/v1/requests/{id}/execute", id).then().statusCode(200);
    return Map.of("request", id);
  }

  // ---- records that exist, for the refused callers (and the subject, which nobody changes)

  private static Map<String, String> shared;

  private static synchronized Map<String, String> shared() {
    if (shared == null) {
      Map<String, String> ids = new HashMap<>(withdrawn("dpo"));
      ids.put("task", restricted("dpo").get("task"));
      ids.put("subject", knownSubject());
      ids.put("mention", UUID.randomUUID().toString());
      shared = Map.copyOf(ids);
    }
    return shared;
  }

  /** A subject the rights service knows from the register's ContactCreated event. */
  private static String knownSubject() {
    UUID subject = UUID.randomUUID();
    EventProducer.send(
        "contact.events",
        subject.toString(),
        EventProducer.example("ContactCreated.json", subject, UUID.randomUUID()));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> as("dpo").get("/api/v1/subjects/{id}", subject).then().statusCode(200));
    return subject.toString();
  }
}
