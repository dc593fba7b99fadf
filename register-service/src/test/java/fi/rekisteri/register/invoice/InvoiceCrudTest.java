package fi.rekisteri.register.invoice;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import fi.rekisteri.register.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(RegisterStack.class)
class InvoiceCrudTest {

  @Test
  void givenValidInvoiceOfAnOrder_whenCreated_thenOpenWithLocationETagAndNoPayments() {
    String contactId = InvoiceFixtures.contact();
    String orderId = InvoiceFixtures.order(contactId);
    ExtractableResponse<Response> created =
        InvoiceFixtures.post(TestData.invoice(contactId, orderId, "250.00"));

    String id = created.path("id");
    assertThat(created.header("Location")).endsWith("/api/v1/invoices/" + id);
    assertThat(created.header("ETag")).isEqualTo("\"0\"");
    given()
        .header("Authorization", Tokens.bearer("dpo"))
        .get("/api/v1/invoices/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("status", equalTo("OPEN"))
        .body("orderId", equalTo(orderId))
        .body("payments", empty());
  }

  @Test
  void givenETag_whenStatusChangedWithIfMatch_thenNewVersionAndStaleOrMissingIfMatchRefused() {
    String id = InvoiceFixtures.invoice(InvoiceFixtures.contact(), "80.00").path("id");
    Map<String, String> body = Map.of("status", "IN_COLLECTION");

    given()
        .header("Authorization", Tokens.bearer("accounting"))
        .header("If-Match", "\"0\"")
        .contentType("application/json")
        .body(body)
        .put("/api/v1/invoices/{id}/status", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("status", equalTo("IN_COLLECTION"));
    given()
        .header("Authorization", Tokens.bearer("accounting"))
        .header("If-Match", "\"0\"")
        .contentType("application/json")
        .body(Map.of("status", "CREDITED"))
        .put("/api/v1/invoices/{id}/status", id)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    given()
        .header("Authorization", Tokens.bearer("accounting"))
        .contentType("application/json")
        .body(Map.of("status", "CREDITED"))
        .put("/api/v1/invoices/{id}/status", id)
        .then()
        .statusCode(428)
        .contentType("application/problem+json");
  }

  @Test
  void givenPartialPayments_whenTheyCoverTheAmount_thenInvoiceBecomesPaid() {
    String id = InvoiceFixtures.invoice(InvoiceFixtures.contact(), "100.00").path("id");

    pay(id, "60.00").then().statusCode(201).body("status", equalTo("OPEN"));
    pay(id, "40.00")
        .then()
        .statusCode(201)
        .header("ETag", "\"1\"")
        .body("status", equalTo("PAID"))
        .body("payments", hasSize(2))
        .body("payments.amount", equalTo(List.of(60.00f, 40.00f)));
  }

  @Test
  void givenCreditedInvoice_whenPaid_thenStaysCredited() {
    String id = InvoiceFixtures.invoice(InvoiceFixtures.contact(), "10.00").path("id");
    given()
        .header("Authorization", Tokens.bearer("admin"))
        .header("If-Match", "\"0\"")
        .contentType("application/json")
        .body(Map.of("status", "CREDITED"))
        .put("/api/v1/invoices/{id}/status", id)
        .then()
        .statusCode(200);

    pay(id, "10.00").then().statusCode(201).body("status", equalTo("CREDITED"));
  }

  @Test
  void givenInvoicesOfAContact_whenListedByStatus_thenOnlyMatchingOnesWithPayments() {
    String contactId = InvoiceFixtures.contact();
    String paid = InvoiceFixtures.invoice(contactId, "5.00").path("id");
    String open = InvoiceFixtures.invoice(contactId, "5.00").path("id");
    pay(paid, "5.00").then().statusCode(201);

    given()
        .header("Authorization", Tokens.bearer("accounting"))
        .queryParam("contactId", contactId)
        .queryParam("status", "PAID")
        .get("/api/v1/invoices")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(paid)))
        .body("items[0].payments", hasSize(1))
        .body("next", equalTo(null));
    given()
        .header("Authorization", Tokens.bearer("accounting"))
        .queryParam("contactId", contactId)
        .queryParam("status", "OPEN")
        .get("/api/v1/invoices")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(open)));
  }

  private static Response pay(String id, String amount) {
    return given()
        .header("Authorization", Tokens.bearer("accounting"))
        .contentType("application/json")
        .body(TestData.payment(amount))
        .post("/api/v1/invoices/{id}/payments", id);
  }
}
