package fi.rekisteri.register.invoice;

import static io.restassured.RestAssured.given;

import fi.rekisteri.register.support.TestData;
import fi.rekisteri.register.support.Tokens;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;

/** Creates the records the invoice tests need, through the API. */
final class InvoiceFixtures {

  private InvoiceFixtures() {}

  static String contact() {
    return given()
        .header("Authorization", Tokens.bearer("sales"))
        .contentType("application/json")
        .body(TestData.contact())
        .post("/api/v1/contacts")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static String order(String contactId) {
    return given()
        .header("Authorization", Tokens.bearer("sales"))
        .contentType("application/json")
        .body(TestData.order(contactId))
        .post("/api/v1/orders")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static ExtractableResponse<Response> invoice(String contactId, String amount) {
    return post(TestData.invoice(contactId, null, amount));
  }

  static ExtractableResponse<Response> post(Map<String, Object> body) {
    return given()
        .header("Authorization", Tokens.bearer("accounting"))
        .contentType("application/json")
        .body(body)
        .post("/api/v1/invoices")
        .then()
        .statusCode(201)
        .extract();
  }
}
