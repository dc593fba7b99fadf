package fi.rekisteri.rights.selfservice;

import static fi.rekisteri.rights.request.RequestApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import fi.rekisteri.rights.common.JsonText;
import fi.rekisteri.rights.support.RightsStack;
import fi.rekisteri.stack.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The self-service limit over HTTP: the window is filled through the limiter itself (the suite's
 * limit is high, so that no other test meets it), then the last allowed call and the one beyond.
 */
@QuarkusTest
@WithTestResource(RightsStack.class)
class SelfServiceRateLimitTest {

  @Inject SelfServiceLimiter limiter;

  private final String maija = "sub:" + subject("maija");

  @AfterEach
  void giveBackTheWindow() {
    limiter.forget(maija);
  }

  @Test
  void givenMaijaAtHerLimit_whenSheCallsAgain_then429WithRetryAfterAndMattiNotAffected() {
    limiter.forget(maija);
    for (int i = 0; i < limiter.perMinute() - 1; i++) {
      assertThat(limiter.acquire(maija)).isEmpty();
    }
    as("maija").get("/api/v1/me/requests").then().statusCode(200);

    Response refused = as("maija").get("/api/v1/me/requests");

    refused
        .then()
        .statusCode(429)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(429));
    assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
    as("maija").get("/api/v1/me/data").then().statusCode(429);
    as("matti").get("/api/v1/me/requests").then().statusCode(200);
    as("dpo").get("/api/v1/requests").then().statusCode(200);
  }

  private static String subject(String user) {
    String payload = TestTokens.user(user).split("\\.")[1];
    JsonNode claims =
        JsonText.read(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    return claims.get("sub").asText();
  }
}
