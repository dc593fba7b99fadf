package fi.rekisteri.register.order;

import static io.restassured.RestAssured.given;

import fi.rekisteri.register.support.TestData;
import fi.rekisteri.register.support.Tokens;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;

/** Creates the records the order tests need, through the API. */
final class OrderFixtures {

  private OrderFixtures() {}

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

  static ExtractableResponse<Response> order(String contactId) {
    return post(TestData.order(contactId));
  }

  static ExtractableResponse<Response> post(Map<String, Object> body) {
    return given()
        .header("Authorization", Tokens.bearer("sales"))
        .contentType("application/json")
        .body(body)
        .post("/api/v1/orders")
        .then()
        .statusCode(201)
        .extract();
  }
}
