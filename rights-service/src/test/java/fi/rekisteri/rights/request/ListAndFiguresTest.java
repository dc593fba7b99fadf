package fi.rekisteri.rights.request;

import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static fi.rekisteri.rights.request.RequestApi.intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isOneOf;

import fi.rekisteri.rights.deadline.DeadlineCalculator;
import fi.rekisteri.rights.deadline.WorkingDays;
import fi.rekisteri.rights.support.RightsStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The DPO dashboard: filters, keyset pages most urgent first, figures. */
@QuarkusTest
@WithTestResource(RightsStack.class)
class ListAndFiguresTest {

  private static String received(String type, String receivedOn) {
    Map<String, Object> body = intake(type, email("list"));
    body.put("receivedOn", receivedOn);
    return RequestApi.create(body);
  }

  @Test
  void givenManyRequests_whenPaged_thenEveryRequestOnceInDueOrder() {
    for (int i = 0; i < 5; i++) {
      received("PORTABILITY", RequestApi.today().minusDays(i).toString());
    }
    List<String> ids = new ArrayList<>();
    List<String> dues = new ArrayList<>();
    String cursor = null;
    do {
      var request = as("dpo").queryParam("limit", 3).queryParam("type", "PORTABILITY");
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page = request.get("/api/v1/requests").then().statusCode(200).extract().jsonPath();
      ids.addAll(page.getList("items.id"));
      dues.addAll(page.getList("items.dueDate"));
      cursor = page.getString("next");
    } while (cursor != null);

    Set<String> unique = new HashSet<>(ids);
    assertThat(unique).hasSize(ids.size());
    assertThat(ids.size()).isGreaterThanOrEqualTo(5);
    assertThat(dues).isSorted();
  }

  @Test
  void givenOverdueAndBlockedRequests_whenFiltered_thenOnlyThose() {
    String overdue = received("ACCESS", "2026-01-31");
    String held = received("ACCESS", RequestApi.today().toString());
    as("dpo")
        .body(Map.of("reason", "Odotetaan"))
        .post("/api/v1/requests/{id}/hold", held)
        .then()
        .statusCode(200);

    as("dpo")
        .queryParam("overdue", true)
        .queryParam("limit", 200)
        .get("/api/v1/requests")
        .then()
        .statusCode(200)
        .body("items.overdue", everyItem(is(true)))
        .body("items.id", org.hamcrest.Matchers.hasItem(overdue));
    as("dpo")
        .queryParam("blocked", true)
        .queryParam("limit", 200)
        .get("/api/v1/requests")
        .then()
        .statusCode(200)
        .body("items.status", everyItem(isOneOf("WAITING_FOR_REGISTER", "ON_HOLD")))
        .body("items.id", org.hamcrest.Matchers.hasItem(held));
    as("dpo")
        .queryParam("status", "ON_HOLD")
        .queryParam("dueBefore", "2100-01-01")
        .queryParam("limit", 200)
        .get("/api/v1/requests")
        .then()
        .statusCode(200)
        .body("items.status", everyItem(is("ON_HOLD")));
  }

  @Test
  void givenOverdueRequest_whenFiguresRead_thenCountedAndSharesConsistent() {
    JsonPath before = figures();
    received("ERASURE", "2026-01-31");
    String dueSoon = received("ACCESS", receiptDueWithinAWeek().toString());
    String answered = received("ACCESS", "2026-02-02");
    as("dpo")
        .body(Map.of("reasons", "Ei tunnistettavissa"))
        .post("/api/v1/requests/{id}/refuse", answered)
        .then()
        .statusCode(200);

    JsonPath after = figures();
    assertThat(after.getLong("overdue")).isEqualTo(before.getLong("overdue") + 1);
    assertThat(after.getLong("open")).isEqualTo(before.getLong("open") + 2);
    assertThat(after.getLong("dueWithin7Days"))
        .isGreaterThanOrEqualTo(before.getLong("dueWithin7Days") + 1);
    assertThat(after.getDouble("medianDaysToComplete")).isGreaterThanOrEqualTo(0.0);
    assertThat(after.getDouble("shareCompletedWithinDeadline")).isBetween(0.0, 1.0);
    assertThat(after.getLong("open")).isGreaterThanOrEqualTo(after.getLong("overdue"));
    assertThat(dueSoon).isNotNull();
  }

  /**
   * The earliest receipt whose legal due date is today or later: due within the next days whatever
   * today is (month ends, February, weekends and holidays roll the date by a few days at most).
   */
  private static LocalDate receiptDueWithinAWeek() {
    DeadlineCalculator calculator = new DeadlineCalculator(new WorkingDays(), 0);
    LocalDate today = RequestApi.today();
    LocalDate receipt = today.minusMonths(2);
    while (calculator.legalDueDate(receipt).isBefore(today)) {
      receipt = receipt.plusDays(1);
    }
    assertThat(calculator.legalDueDate(receipt)).isBefore(today.plusDays(7));
    return receipt;
  }

  private static JsonPath figures() {
    return as("dpo").get("/api/v1/requests/figures").then().statusCode(200).extract().jsonPath();
  }
}
