package fi.rekisteri.rights.security;

import static io.restassured.RestAssured.given;

import fi.rekisteri.rights.support.RightsStack;
import fi.rekisteri.stack.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Tokens from the real Keycloak with the realm of deploy/keycloak. */
@QuarkusTest
@WithTestResource(RightsStack.class)
class TokenCheckTest {

  @Test
  void givenNoToken_whenReadingSubject_thenUnauthorized() {
    given().get("/api/v1/subjects/{id}", UUID.randomUUID()).then().statusCode(401);
  }

  @Test
  void givenSalesToken_whenReadingSubject_thenForbidden() {
    given()
        .auth()
        .oauth2(TestTokens.user("sales"))
        .get("/api/v1/subjects/{id}", UUID.randomUUID())
        .then()
        .statusCode(403);
  }

  @Test
  void givenDpoToken_whenReadingUnknownSubject_thenNotFoundProblem() {
    given()
        .auth()
        .oauth2(TestTokens.user("dpo"))
        .get("/api/v1/subjects/{id}", UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void givenTokenOfAnotherIssuer_whenCalling_thenUnauthorized() {
    // a structurally valid JWT signed by nobody we trust
    String forged =
        "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9."
            + "eyJpc3MiOiJodHRwOi8vZXZpbC5leGFtcGxlL3JlYWxtcy9yZWtpc3RlcmkiLCJzdWIiOiJ4IiwiZXhwIjo0MTAyNDQ0ODAwfQ."
            + "c2lnbmF0dXJl";
    given()
        .header("Authorization", "Bearer " + forged)
        .get("/api/v1/subjects/{id}", UUID.randomUUID())
        .then()
        .statusCode(401);
  }
}
