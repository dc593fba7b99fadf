package fi.rekisteri.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A write in the register reaches the rights service through the real broker. */
class FirstEventAcrossServicesTest {

  @BeforeAll
  static void startPlatform() {
    Platform.start();
  }

  @Test
  void givenDpoToken_whenCallingBothServices_thenBothAcceptIt() {
    given()
        .header("Authorization", Platform.bearer("dpo"))
        .get(Platform.register() + "/api/v1/contacts")
        .then()
        .statusCode(200);
    given()
        .header("Authorization", Platform.bearer("dpo"))
        .get(Platform.rights() + "/api/v1/subjects/{id}", UUID.randomUUID())
        .then()
        .statusCode(404);
  }

  @Test
  void givenContactCreatedInRegister_whenEventRelayed_thenRightsServiceKnowsTheSubject() {
    String id =
        given()
            .header("Authorization", Platform.bearer("sales"))
            .contentType("application/json")
            .body(
                Map.of(
                    "firstName",
                    "Eero",
                    "lastName",
                    "Esimerkki",
                    "email",
                    "eero." + UUID.randomUUID() + "@example.fi",
                    "source",
                    Map.of(
                        "channel",
                        "EMAIL",
                        "collectedAt",
                        Instant.now().minusSeconds(5).toString())))
            .post(Platform.register() + "/api/v1/contacts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .header("Authorization", Platform.bearer("dpo"))
                    .get(Platform.rights() + "/api/v1/subjects/{id}", id)
                    .then()
                    .statusCode(200)
                    .body("subject.subjectId", equalTo(id))
                    .body("events.eventType", hasItem("ContactCreated")));
  }
}
