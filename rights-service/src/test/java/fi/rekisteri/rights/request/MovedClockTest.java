package fi.rekisteri.rights.request;

import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static fi.rekisteri.rights.request.RequestApi.intake;
import static org.assertj.core.api.Assertions.assertThat;

import fi.rekisteri.rights.support.RightsStack;
import fi.rekisteri.rights.support.TestClock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "Today" is the service's clock (common/Clocks), not the machine's: moved by {@link TestClock},
 * the overdue flag, the figures and the intake's "not after today" follow it. The clock is put back
 * after each test.
 */
@QuarkusTest
@WithTestResource(RightsStack.class)
class MovedClockTest {

  @Test
  void givenRequestReceivedToday_whenTheClockPassesItsDueDate_thenOverdueInViewAndFigures() {
    String id = RequestApi.create("ACCESS", email("clock"));
    LocalDate due = LocalDate.parse(RequestApi.read(id).getString("dueDate"));
    assertThat(RequestApi.read(id).getBoolean("overdue")).isFalse();
    long overdueBefore = as("dpo").get("/api/v1/requests/figures").jsonPath().getLong("overdue");

    TestClock.moveTo(due);
    assertThat(RequestApi.read(id).getBoolean("overdue")).as("on the due date").isFalse();

    TestClock.moveTo(due.plusDays(1));
    assertThat(RequestApi.read(id).getBoolean("overdue")).as("the day after").isTrue();
    assertThat(as("dpo").get("/api/v1/requests/figures").jsonPath().getLong("overdue"))
        .isGreaterThan(overdueBefore);

    TestClock.reset();
    assertThat(RequestApi.read(id).getBoolean("overdue")).isFalse();
  }

  @Test
  void givenTheClockMovedAhead_whenARequestIsRecordedAsReceivedOnThatDay_thenAccepted() {
    LocalDate ahead = RequestApi.today().plusDays(3);
    Map<String, Object> body = intake("ACCESS", email("clock"));
    body.put("receivedOn", ahead.toString());
    as("dpo").body(body).post("/api/v1/requests").then().statusCode(400);

    TestClock.moveTo(ahead);

    as("dpo")
        .body(body)
        .post("/api/v1/requests")
        .then()
        .statusCode(201)
        .body("receivedOn", org.hamcrest.Matchers.equalTo(ahead.toString()));
  }
}
