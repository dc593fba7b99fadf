package fi.rekisteri.rights.fulfilment;

import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import fi.rekisteri.rights.request.RequestApi;
import fi.rekisteri.rights.request.RequestRepository;
import fi.rekisteri.rights.support.RightsStack;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** While the register answers 503 the request waits, and the scheduled retry resumes it. */
@QuarkusTest
@WithTestResource(RightsStack.class)
class RegisterUnavailableTest {

  @Inject RequestRepository repository;

  /** Executes a request of a {@code flaky-*} requester, whose first register calls answer 503. */
  private static void executeWhileRegisterDown(String id, Map<String, Object> body) {
    as("dpo")
        .body(body)
        .post("/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(202)
        .body("status", equalTo("WAITING_FOR_REGISTER"))
        .body("waiting.action", equalTo("EXECUTE"));
  }

  private static void awaitStatus(String id, String status) {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(RequestApi.status(id)).isEqualTo(status));
  }

  @Test
  void givenRegisterDown_whenExecuted_thenWaitingThenCompletedWhenBack() {
    String id = RequestApi.verified("ACCESS", email("flaky"));

    executeWhileRegisterDown(id, Map.of());
    as("dpo")
        .queryParam("blocked", true)
        .queryParam("limit", 200)
        .get("/api/v1/requests")
        .then()
        .body("items.id", hasItem(id));

    awaitStatus(id, "COMPLETED");
    as("dpo")
        .get("/api/v1/requests/{id}", id)
        .then()
        .body(
            "timeline.action", hasItems("REGISTER_UNAVAILABLE", "REGISTER_AVAILABLE", "COMPLETED"))
        .body("waiting", equalTo(null));
  }

  @Test
  void givenWaitingRequestOnHold_whenRetryDue_thenNotRetriedUntilResumed() {
    String id = RequestApi.verified("RECTIFICATION", email("flaky"));
    executeWhileRegisterDown(id, Map.of("changes", Map.of("phone", "+358 40 111 2223")));
    as("dpo")
        .body(Map.of("reason", "Tarkistetaan muutos asiakkaalta"))
        .post("/api/v1/requests/{id}/hold", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("ON_HOLD"));
    JsonPath held = RequestApi.read(id);
    Instant retryAt = Instant.parse(held.getString("waiting.nextRetryAt"));

    // however late the retry job looks, a held request is not among those due
    assertThat(
            QuarkusTransaction.requiringNew()
                .call(() -> repository.dueForRetry(Instant.now().plus(Duration.ofDays(1)), 10_000)))
        .doesNotContain(UUID.fromString(id));
    // once its retry time has passed, one run of the job leaves it as it was
    await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(retryAt));
    Jobs.retryRegisterCalls();
    JsonPath after = RequestApi.read(id);
    assertThat(after.getString("status")).isEqualTo("ON_HOLD");
    assertThat(after.getMap("waiting")).isEqualTo(held.getMap("waiting"));
    assertThat(after.getList("timeline")).hasSameSizeAs(held.getList("timeline"));

    as("dpo")
        .post("/api/v1/requests/{id}/resume", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("WAITING_FOR_REGISTER"));
    awaitStatus(id, "COMPLETED");
    as("dpo")
        .get("/api/v1/requests/{id}", id)
        .then()
        .body("result.changedFields", hasItem("phone"));
  }
}
