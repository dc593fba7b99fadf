package fi.rekisteri.rights.request;

import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import fi.rekisteri.rights.support.RightsStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** While the register answers 503 the request waits, and the scheduled retry resumes it. */
@QuarkusTest
@WithTestResource(RightsStack.class)
class RegisterUnavailableTest {

  @Test
  void givenRegisterDown_whenExecuted_thenWaitingThenCompletedWhenBack() {
    String id = RequestApi.verified("ACCESS", email("flaky"));

    as("dpo")
        .post("/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(202)
        .body("status", equalTo("WAITING_FOR_REGISTER"))
        .body("waiting.action", equalTo("EXECUTE"));
    as("dpo")
        .queryParam("blocked", true)
        .queryParam("limit", 200)
        .get("/api/v1/requests")
        .then()
        .body("items.id", hasItem(id));

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                as("dpo")
                    .get("/api/v1/requests/{id}", id)
                    .then()
                    .body("status", equalTo("COMPLETED"))
                    .body(
                        "timeline.action",
                        hasItems("REGISTER_UNAVAILABLE", "REGISTER_AVAILABLE", "COMPLETED"))
                    .body("waiting", equalTo(null)));
  }

  @Test
  void givenWaitingRequestOnHold_whenRegisterBack_thenNotRetriedUntilResumed() throws Exception {
    String id = RequestApi.verified("RECTIFICATION", email("flaky"));
    as("dpo")
        .body(Map.of("changes", Map.of("title", "Toimitusjohtaja")))
        .post("/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(202)
        .body("status", equalTo("WAITING_FOR_REGISTER"));
    as("dpo")
        .body(Map.of("reason", "Tarkistetaan muutos asiakkaalta"))
        .post("/api/v1/requests/{id}/hold", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("ON_HOLD"));

    Thread.sleep(3000);
    as("dpo").get("/api/v1/requests/{id}", id).then().body("status", equalTo("ON_HOLD"));

    as("dpo")
        .post("/api/v1/requests/{id}/resume", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("WAITING_FOR_REGISTER"));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                as("dpo")
                    .get("/api/v1/requests/{id}", id)
                    .then()
                    .body("status", equalTo("COMPLETED"))
                    .body("result.changedFields", hasItem("title")));
  }
}
