package fi.rekisteri.rights.support;

import static io.restassured.RestAssured.given;

import fi.rekisteri.stack.TestStack;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the test Keycloak, by the demo users' password grant. */
public final class Tokens {

  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private Tokens() {}

  public static String of(String user) {
    return CACHE.computeIfAbsent(user, Tokens::fetch);
  }

  public static String bearer(String user) {
    return "Bearer " + of(user);
  }

  private static String fetch(String user) {
    return given()
        .formParam("grant_type", "password")
        .formParam("client_id", "rekisteri-api")
        .formParam("username", user)
        .formParam("password", user)
        .post(TestStack.keycloak().issuer() + "/protocol/openid-connect/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  /** A client-credentials token of the rights service's machine account. */
  public static String rightsService() {
    return CACHE.computeIfAbsent(
        "service-account-rights-service",
        ignored ->
            given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "rights-service")
                .formParam("client_secret", "rights-service-secret")
                .post(TestStack.keycloak().issuer() + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token"));
  }
}
