package fi.rekisteri.register.invoice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import fi.rekisteri.register.support.Tokens;
import fi.rekisteri.stack.SendsBadInput;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(RegisterStack.class)
class InvoiceValidationTest {

  @SendsBadInput("an amount as a string, a bad reference number")
  @Test
  void givenInvalidFields_whenCreating_thenProblemNamesEachFieldAndNothingStored() {
    String contactId = InvoiceFixtures.contact();
    Map<String, Object> body = TestData.invoice(contactId, null, "10.00");
    body.put("dueDate", LocalDate.now().minusDays(30).toString());
    body.put("referenceNumber", "abc");
    body.put("amount", "1.234");

    accounting()
        .body(body)
        .post("/api/v1/invoices")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("dueDate"))
        .body("errors.field", hasItem("referenceNumber"))
        .body("errors.field", hasItem("amount"));
    assertNoInvoices(contactId);
  }

  @Test
  void givenUnknownContact_whenCreating_thenProblemNamesContactId() {
    accounting()
        .body(TestData.invoice(UUID.randomUUID().toString(), null, "10.00"))
        .post("/api/v1/invoices")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("contactId"));
  }

  @Test
  void givenOrderOfAnotherContact_whenCreating_thenProblemNamesOrderIdAndNothingStored() {
    String contactId = InvoiceFixtures.contact();
    String othersOrder = InvoiceFixtures.order(InvoiceFixtures.contact());

    accounting()
        .body(TestData.invoice(contactId, othersOrder, "10.00"))
        .post("/api/v1/invoices")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("orderId"));
    accounting()
        .body(TestData.invoice(contactId, UUID.randomUUID().toString(), "10.00"))
        .post("/api/v1/invoices")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("orderId"));
    assertNoInvoices(contactId);
  }

  @Test
  void givenTakenNumber_whenCreating_thenConflictNamesNumber() {
    String contactId = InvoiceFixtures.contact();
    Map<String, Object> first = TestData.invoice(contactId, null, "10.00");
    InvoiceFixtures.post(first);
    Map<String, Object> second = TestData.invoice(contactId, null, "10.00");
    second.put("number", first.get("number"));

    accounting()
        .body(second)
        .post("/api/v1/invoices")
        .then()
        .statusCode(409)
        .body("errors[0].field", equalTo("number"));
  }

  @SendsBadInput("an unknown and a missing status")
  @Test
  void givenUnknownStatus_whenChangingStatus_thenProblemNamesStatus() {
    String id = InvoiceFixtures.invoice(InvoiceFixtures.contact(), "10.00").path("id");

    accounting()
        .header("If-Match", "\"0\"")
        .body(Map.of("status", "FORGOTTEN"))
        .put("/api/v1/invoices/{id}/status", id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"));
    accounting()
        .header("If-Match", "\"0\"")
        .body(Map.of())
        .put("/api/v1/invoices/{id}/status", id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"));
  }

  @SendsBadInput("a payment of zero")
  @Test
  void givenInvalidPayment_whenRecording_thenProblemNamesFieldAndNothingStored() {
    String id = InvoiceFixtures.invoice(InvoiceFixtures.contact(), "10.00").path("id");

    accounting()
        .body(Map.of("paidOn", LocalDate.now().plusDays(3).toString(), "amount", 0))
        .post("/api/v1/invoices/{id}/payments", id)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("paidOn"))
        .body("errors.field", hasItem("amount"));
    accounting()
        .body(TestData.payment("10.00"))
        .post("/api/v1/invoices/{id}/payments", UUID.randomUUID())
        .then()
        .statusCode(404);
    given()
        .header("Authorization", Tokens.bearer("accounting"))
        .get("/api/v1/invoices/{id}", id)
        .then()
        .statusCode(200)
        .body("payments", empty())
        .body("status", equalTo("OPEN"));
  }

  @Test
  void givenBadQueryParameters_whenListing_thenProblemNamesThem() {
    given()
        .header("Authorization", Tokens.bearer("accounting"))
        .queryParam("status", "LOST")
        .get("/api/v1/invoices")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"));
    given()
        .header("Authorization", Tokens.bearer("accounting"))
        .queryParam("contactId", "x")
        .get("/api/v1/invoices")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("contactId"));
  }

  private static RequestSpecification accounting() {
    return given()
        .header("Authorization", Tokens.bearer("accounting"))
        .contentType("application/json");
  }

  private static void assertNoInvoices(String contactId) {
    given()
        .header("Authorization", Tokens.bearer("accounting"))
        .queryParam("contactId", contactId)
        .get("/api/v1/invoices")
        .then()
        .statusCode(200)
        .body("items", empty());
  }
}
