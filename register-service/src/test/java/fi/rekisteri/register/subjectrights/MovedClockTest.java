package fi.rekisteri.register.subjectrights;

import static fi.rekisteri.register.support.Api.as;
import static fi.rekisteri.register.support.Api.asRightsService;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import fi.rekisteri.register.support.Api;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestClock;
import fi.rekisteri.register.support.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "Today" is the service's clock (common/Clocks), not the machine's: moved by {@link TestClock}, an
 * erasure's holds and the nightly retention run follow it. The clock is put back after each test.
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class MovedClockTest {

  @Inject RetentionJob job;

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Europe/Helsinki"));
  }

  /** R16: the contact person of a customer organisation, her relationship ending on {@code end}. */
  private static String contactPersonUntil(LocalDate end) {
    Map<String, Object> body = TestData.contact();
    body.put("organisationId", Api.createOrganisation());
    body.put("relationshipStart", today().minusYears(2).toString());
    body.put("relationshipEnd", end.toString());
    String id = Api.createContact(body);
    // the organisation ordered today: a customer
    as("sales").body(TestData.order(id)).post("/api/v1/orders").then().statusCode(201);
    return id;
  }

  private static io.restassured.response.ValidatableResponse erase(String id) {
    return asRightsService()
        .body(Map.of("requestId", "clock-" + TestData.unique()))
        .post("/api/v1/internal/subjects/{id}/erase", id)
        .then()
        .statusCode(200);
  }

  @Test
  void givenTheClockMovedPastTheEndOfHerRelationship_whenErase_thenNoLongerKeptAsContactPerson() {
    LocalDate end = today().plusDays(5);
    String keptToday = contactPersonUntil(end);
    String erasedLater = contactPersonUntil(end);

    erase(keptToday)
        .body("outcome", equalTo("PARTIALLY_ERASED"))
        .body("kept.category", hasItem("CONTACT_PERSON_ROLE"))
        .body("kept.find { it.category == 'CONTACT_PERSON_ROLE' }.until", equalTo(end.toString()));

    // on her relationship's last day she still acts for the organisation
    TestClock.moveTo(end);
    erase(contactPersonUntil(end)).body("outcome", equalTo("PARTIALLY_ERASED"));

    TestClock.moveTo(end.plusDays(1));
    erase(erasedLater).body("outcome", equalTo("ERASED")).body("kept", empty());
  }

  @Test
  void givenTheClockMovedAhead_whenNightly_thenTheRunIsDatedThatDay() {
    // a day no other test runs the job on (RetentionJobTest: today, +1, +11, 31.12 and 1.1)
    LocalDate day = today().plusDays(3);
    while ((day.getMonthValue() == 12 && day.getDayOfMonth() == 31) || day.getDayOfYear() == 1) {
      day = day.plusDays(1);
    }
    as("dpo")
        .get("/api/v1/retention/runs?limit=365")
        .then()
        .statusCode(200)
        .body("items.runDate", not(hasItem(day.toString())));

    TestClock.moveTo(day);
    job.nightly();

    as("dpo")
        .get("/api/v1/retention/runs?limit=365")
        .then()
        .statusCode(200)
        .body("items.runDate", hasItem(day.toString()));
  }

  @Test
  void
      givenTheClockMovedAhead_whenAPaymentOfThatDayIsRecorded_thenAccepted_andOfTheNextDayRefused() {
    // Bean Validation's PastOrPresent reads the service's clock too: in Finland after midnight the
    // machine's (UTC) date is still yesterday, and that day's payment must not be a future date
    String contact = Api.createContact(TestData.contact());
    String invoice =
        as("accounting")
            .body(TestData.invoice(contact, null, "100.00"))
            .post("/api/v1/invoices")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    LocalDate day = today().plusDays(2);
    TestClock.moveTo(day);

    as("accounting")
        .body(Map.of("paidOn", day.toString(), "amount", new BigDecimal("10.00")))
        .post("/api/v1/invoices/{id}/payments", invoice)
        .then()
        .statusCode(201);
    as("accounting")
        .body(Map.of("paidOn", day.plusDays(1).toString(), "amount", new BigDecimal("10.00")))
        .post("/api/v1/invoices/{id}/payments", invoice)
        .then()
        .statusCode(400);
  }
}
