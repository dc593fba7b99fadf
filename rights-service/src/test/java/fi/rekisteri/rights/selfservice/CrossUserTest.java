package fi.rekisteri.rights.selfservice;

import static fi.rekisteri.rights.request.RequestApi.MAIJA_EMAIL;
import static fi.rekisteri.rights.request.RequestApi.MATTI_EMAIL;
import static fi.rekisteri.rights.request.RequestApi.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.rekisteri.rights.support.FakeRegister;
import fi.rekisteri.rights.support.RightsStack;
import fi.rekisteri.stack.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two data subjects, maija and matti (demo users of deploy/keycloak/rekisteri-realm.json): every
 * self-service endpoint answers matti about maija's requests, letters and packages exactly as about
 * ids that do not exist, 404 problem+json. Never 200, and never 403 or 409, which would tell him
 * that the id is someone's request.
 */
@QuarkusTest
@WithTestResource(RightsStack.class)
class CrossUserTest {

  private static final String PROBLEM = "application/problem+json";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

  /** Maija's requests, made once: through the API, as she and the DPO would. */
  private record Maija(
      String completedAccess, String completedPortability, String open, String letter) {

    static Maija make() {
      String access = file("maija", "ACCESS");
      as("dpo").post("/api/v1/requests/{id}/execute", access).then().statusCode(200);
      String portability = file("maija", "PORTABILITY");
      as("dpo").post("/api/v1/requests/{id}/execute", portability).then().statusCode(200);
      String open = file("maija", "OBJECTION");
      List<String> letters =
          as("maija")
              .get("/api/v1/me/requests/{id}/letters", access)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("id");
      assertThat(letters).as("letters of maija's completed access request").isNotEmpty();
      as("maija")
          .get("/api/v1/me/requests/{id}/package", access)
          .then()
          .statusCode(200)
          .body("requestId", equalTo(access));
      return new Maija(access, portability, open, letters.get(0));
    }

    List<String> requests() {
      return List.of(completedAccess, completedPortability, open);
    }
  }

  private static Maija maija;

  private static synchronized Maija maija() {
    if (maija == null) {
      maija = Maija.make();
    }
    return maija;
  }

  private static String file(String user, String type) {
    return as(user)
        .body(Map.of("type", type, "language", "en", "details", "Self-service request"))
        .post("/api/v1/me/requests")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** The answer matti must get: the same as for an id that is nobody's. */
  private static void assertNotFound(Response response, String what) {
    assertThat(response.statusCode())
        .as("%s answered %d %s", what, response.statusCode(), response.asString())
        .isEqualTo(404);
    assertThat(response.contentType()).as(what).startsWith(PROBLEM);
    assertThat(response.asString())
        .as("%s names nothing of maija", what)
        .doesNotContainIgnoringCase(MAIJA_EMAIL)
        .doesNotContain("Meikäläinen");
  }

  // ---- matti's login

  @Test
  void givenMattiInRealm_whenLoggingIn_thenDataSubjectTokenWithHisVerifiedEmail() {
    String payload = TestTokens.user("matti").split("\\.")[1];
    JsonPath claims =
        JsonPath.from(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));

    assertThat(claims.getString("email")).isEqualTo(MATTI_EMAIL);
    assertThat(claims.getBoolean("email_verified")).isTrue();
    assertThat(claims.getList("realm_access.roles", String.class)).contains("data-subject");
    as("matti").get("/api/v1/me/requests").then().statusCode(200);
  }

  // ---- maija's ids, as matti

  @Test
  void givenMaijasRequests_whenMattiReadsEach_thenNotFound() {
    for (String id : maija().requests()) {
      assertNotFound(as("matti").get("/api/v1/me/requests/{id}", id), "GET request " + id);
      assertNotFound(
          as("matti").get("/api/v1/me/requests/{id}/letters", id), "GET letters of " + id);
    }
  }

  @Test
  void givenMaijasRequests_whenMattiLists_thenNoneOfThem() {
    String his = file("matti", "ACCESS");

    as("matti")
        .get("/api/v1/me/requests")
        .then()
        .statusCode(200)
        .body("id", hasItem(his))
        .body("id", everyItem(not(org.hamcrest.Matchers.in(maija().requests()))));
    as("maija").get("/api/v1/me/requests").then().statusCode(200).body("id", not(hasItem(his)));
  }

  @ParameterizedTest(name = "Accept: {0}")
  @ValueSource(strings = {"application/json", "application/pdf", "*/*"})
  void givenMaijasLetter_whenMattiReadsIt_thenNotFoundUnderHerRequestAndUnderHis(String accept) {
    assumeTrue(documented("/api/v1/me/requests/{id}/letters/{letterId}"), "no letter endpoint");
    String his = file("matti", "ACCESS");
    Maija her = maija();

    assertNotFound(
        as("matti")
            .accept(accept)
            .get(
                "/api/v1/me/requests/{id}/letters/{letterId}", her.completedAccess(), her.letter()),
        "maija's letter under her request");
    assertNotFound(
        as("matti")
            .accept(accept)
            .get("/api/v1/me/requests/{id}/letters/{letterId}", his, her.letter()),
        "maija's letter under matti's own request");
  }

  @ParameterizedTest(name = "format={0}")
  @ValueSource(strings = {"json", "csv", "text", "html", "pdf"})
  void givenMaijasRequests_whenMattiReadsPackageInFormat_thenNotFound(String format) {
    Maija her = maija();
    if (format.equals("pdf")) {
      int own =
          as("maija")
              .queryParam("format", "pdf")
              .get("/api/v1/me/requests/{id}/package", her.completedAccess())
              .statusCode();
      assumeTrue(own == 200, "no PDF package yet (maija's own read answered " + own + ")");
    }

    for (String id : her.requests()) {
      // the open request has no package yet: maija would get 409, matti must not
      assertNotFound(
          as("matti").queryParam("format", format).get("/api/v1/me/requests/{id}/package", id),
          "package " + format + " of " + id);
    }
  }

  @Test
  void givenMaijasRequests_whenMattiWithdrawsThem_thenNotFoundAndTheyStayAsTheyWere() {
    Maija her = maija();

    for (String id : her.requests()) {
      // maija could withdraw the open one (200) but not the completed ones (409)
      assertNotFound(
          as("matti")
              .body(Map.of("reason", "not mine"))
              .post("/api/v1/me/requests/{id}/withdraw", id),
          "withdraw " + id);
      assertNotFound(
          as("matti").post("/api/v1/me/requests/{id}/withdraw", id), "withdraw without body " + id);
    }

    as("maija")
        .get("/api/v1/me/requests/{id}", her.open())
        .then()
        .statusCode(200)
        .body("status", equalTo("RECEIVED"))
        .body("letters", org.hamcrest.Matchers.empty());
    as("maija")
        .get("/api/v1/me/requests/{id}", her.completedAccess())
        .then()
        .body("status", equalTo("COMPLETED"));
  }

  @Test
  void givenMaijasRequestAndAnUnknownId_whenMattiReadsBoth_thenTheSameAnswer() {
    Response hers = as("matti").get("/api/v1/me/requests/{id}", maija().completedAccess());
    Response nobodys = as("matti").get("/api/v1/me/requests/{id}", UUID.randomUUID());

    assertThat(hers.statusCode()).isEqualTo(nobodys.statusCode()).isEqualTo(404);
    assertThat(hers.jsonPath().getMap("")).isEqualTo(nobodys.jsonPath().getMap(""));
  }

  /**
   * Every operation of the OpenAPI document under /api/v1/me/ whose path names a request, so that
   * an endpoint added later is covered without a new line here.
   */
  @Test
  void givenEveryDocumentedSelfServicePath_whenMattiUsesMaijasIds_thenNotFound() {
    Map<String, Map<String, Object>> paths =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("paths");
    Maija her = maija();
    List<String> covered = new ArrayList<>();

    paths.forEach(
        (template, operations) -> {
          if (!template.startsWith("/api/v1/me/") || !template.contains("{")) {
            return;
          }
          for (String method : operations.keySet()) {
            if (!Set.of("get", "put", "post", "delete", "patch").contains(method)) {
              continue;
            }
            for (String id : her.requests()) {
              String path = resolve(template, id, her.letter());
              RequestSpecification request = as("matti");
              if (!method.equals("get") && !method.equals("delete")) {
                request.body(Map.of("reason", "not mine"));
              }
              assertNotFound(request.request(method.toUpperCase(), path), method + " " + template);
            }
            covered.add(method.toUpperCase() + " " + template);
          }
        });

    assertThat(covered)
        .contains(
            "GET /api/v1/me/requests/{id}",
            "GET /api/v1/me/requests/{id}/letters",
            "GET /api/v1/me/requests/{id}/package",
            "POST /api/v1/me/requests/{id}/withdraw");
  }

  private static String resolve(String template, String requestId, String letterId) {
    Matcher placeholder = PLACEHOLDER.matcher(template);
    StringBuilder path = new StringBuilder();
    while (placeholder.find()) {
      String name = placeholder.group(1);
      String value;
      if (name.equals("id")) {
        value = requestId;
      } else if (name.toLowerCase().contains("letter")) {
        value = letterId;
      } else {
        throw new AssertionError(
            "the path parameter {" + name + "} of " + template + " has no id of maija's here yet");
      }
      placeholder.appendReplacement(path, value);
    }
    placeholder.appendTail(path);
    return path.toString();
  }

  private static boolean documented(String template) {
    return given()
        .queryParam("format", "json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getMap("paths")
        .containsKey(template);
  }

  // ---- what the register holds

  @Test
  void givenBothInTheRegister_whenMattiReadsHisData_thenOnlyHis() {
    String body =
        as("matti")
            .get("/api/v1/me/data")
            .then()
            .statusCode(200)
            .contentType("application/json")
            .body("email", equalTo(MATTI_EMAIL))
            .body("records", not(org.hamcrest.Matchers.empty()))
            .body("records.contact.email", everyItem(equalTo(MATTI_EMAIL)))
            .body(
                "records.subjectId",
                everyItem(equalTo(FakeRegister.subjectId(MATTI_EMAIL).toString())))
            .extract()
            .asString();

    assertThat(body)
        .doesNotContainIgnoringCase(MAIJA_EMAIL)
        .doesNotContain(FakeRegister.subjectId(MAIJA_EMAIL).toString());
    as("maija")
        .get("/api/v1/me/data")
        .then()
        .statusCode(200)
        .body("records.contact.email", everyItem(equalTo(MAIJA_EMAIL)));
  }
}
