package fi.rekisteri.register.interaction;

import static io.restassured.RestAssured.given;

import fi.rekisteri.register.support.TestData;
import fi.rekisteri.register.support.Tokens;

/** Creates the records the interaction tests need, through the API. */
final class InteractionFixtures {

  private InteractionFixtures() {}

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
}
