package fi.rekisteri.rights.security;

import static fi.rekisteri.rights.request.RequestApi.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import fi.rekisteri.rights.support.RightsStack;
import fi.rekisteri.stack.SendsBadInput;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Security headers on pages, downloads and API answers; the body limit; a public OpenAPI. */
@QuarkusTest
@WithTestResource(RightsStack.class)
class HeadersAndLimitsTest {

  @ConfigProperty(name = "quarkus.oidc.auth-server-url")
  String issuer;

  private ValidatableResponse secured(ValidatableResponse response) {
    return response
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer")
        .header(
            "Content-Security-Policy",
            allOf(
                startsWith("default-src 'self';"),
                containsString("frame-ancestors 'none'"),
                containsString("connect-src 'self';"),
                not(containsString(" http: ")),
                not(containsString(" https: "))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/signed-out.html", "/app.js", "/me/me.js", "/app.css"})
  void givenAPublicPageOrAsset_whenLoaded_thenSecurityHeadersAndNoMetaPolicy(String path) {
    secured(given().get(path).then().statusCode(200))
        .body(not(containsString("http-equiv=\"Content-Security-Policy\"")));
  }

  @Test
  void givenAnApiAnswerWithPersonalData_whenRead_thenNoStoreAndSecurityHeaders() {
    secured(as("maija").get("/api/v1/me/requests").then().statusCode(200))
        .header("Cache-Control", containsString("no-store"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"html", "text", "csv", "pdf", "json"})
  void givenAnAccessPackage_whenDownloaded_thenAttachmentNoStoreAndSecurityHeaders(String format) {
    String id =
        as("maija")
            .body(Map.of("type", "ACCESS"))
            .post("/api/v1/me/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as("dpo").post("/api/v1/requests/{id}/execute", id).then().statusCode(200);

    for (String path :
        new String[] {"/api/v1/me/requests/{id}/package", "/api/v1/requests/{id}/package"}) {
      secured(
              as(path.contains("/me/") ? "maija" : "dpo")
                  .queryParam("format", format)
                  .get(path, id)
                  .then()
                  .statusCode(200))
          .header("Content-Disposition", startsWith("attachment; filename=\"request-" + id))
          .header("Cache-Control", containsString("no-store"));
    }
  }

  @SendsBadInput("a body over 1 MiB")
  @Test
  void givenABodyOverOneMiB_whenPosted_then413ProblemJson() {
    String details = "x".repeat(1024 * 1024 + 1);

    given()
        .auth()
        .oauth2(fi.rekisteri.stack.TestTokens.user("maija"))
        .contentType(ContentType.JSON)
        .body(Map.of("type", "ACCESS", "details", details))
        .post("/api/v1/me/requests")
        .then()
        .statusCode(413)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(413))
        .header("X-Content-Type-Options", "nosniff");
  }

  @Test
  void givenNoLogin_whenOpenApiAsked_thenPublic() {
    // Swagger UI is left out of the prod build (always-include=false), which deploy/e2e-tests runs
    given().get("/q/openapi").then().statusCode(200);
  }
}
