package fi.rekisteri.register.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Tokens from the real Keycloak with the realm of deploy/keycloak. */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class TokenCheckTest {

  @Test
  void givenNoToken_whenListingContacts_thenUnauthorized() {
    given().get("/api/v1/contacts").then().statusCode(401);
  }

  @Test
  void givenGarbageToken_whenListingContacts_thenUnauthorized() {
    given()
        .header("Authorization", "Bearer not.a.token")
        .get("/api/v1/contacts")
        .then()
        .statusCode(401);
  }

  @Test
  void givenDataSubjectToken_whenListingContacts_thenForbidden() {
    given()
        .header("Authorization", Tokens.bearer("maija"))
        .get("/api/v1/contacts")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("status", equalTo(403));
  }

  @Test
  void givenDpoToken_whenListingContacts_thenOk() {
    given()
        .header("Authorization", Tokens.bearer("dpo"))
        .get("/api/v1/contacts")
        .then()
        .statusCode(200);
  }

  @Test
  void givenSalesToken_whenReadingAuditLog_thenForbidden() {
    given()
        .header("Authorization", Tokens.bearer("sales"))
        .queryParam("subjectId", java.util.UUID.randomUUID())
        .get("/api/v1/audit")
        .then()
        .statusCode(403);
  }

  @Test
  void givenHealthEndpoint_whenAnonymous_thenReady() {
    int managementPort =
        org.eclipse.microprofile.config.ConfigProvider.getConfig()
            .getValue("quarkus.management.test-port", Integer.class);
    given().get("http://127.0.0.1:" + managementPort + "/q/health/ready").then().statusCode(200);
  }
}
