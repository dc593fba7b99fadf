package fi.rekisteri.register.order;

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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(RegisterStack.class)
class OrderValidationTest {

  @SendsBadInput("a negative total, a bad number and currency")
  @Test
  void givenInvalidFields_whenCreating_thenProblemNamesEachFieldAndNothingStored() {
    String contactId = OrderFixtures.contact();
    Map<String, Object> body = TestData.order(contactId);
    body.put("number", "");
    body.put("total", -1);
    body.put("currency", "euro");

    given()
        .header("Authorization", Tokens.bearer("sales"))
        .contentType("application/json")
        .body(body)
        .post("/api/v1/orders")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("number"))
        .body("errors.field", hasItem("total"))
        .body("errors.field", hasItem("currency"));
    assertNoOrders(contactId);
  }

  @Test
  void givenUnknownContact_whenCreating_thenProblemNamesContactId() {
    given()
        .header("Authorization", Tokens.bearer("sales"))
        .contentType("application/json")
        .body(TestData.order(UUID.randomUUID().toString()))
        .post("/api/v1/orders")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("contactId"));
  }

  @Test
  void givenUnknownOrganisation_whenCreating_thenProblemNamesOrganisationIdAndNothingStored() {
    String contactId = OrderFixtures.contact();
    Map<String, Object> body = TestData.order(contactId);
    body.put("organisationId", UUID.randomUUID().toString());

    given()
        .header("Authorization", Tokens.bearer("sales"))
        .contentType("application/json")
        .body(body)
        .post("/api/v1/orders")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("organisationId"));
    assertNoOrders(contactId);
  }

  @Test
  void givenTakenNumber_whenCreating_thenConflictNamesNumber() {
    String contactId = OrderFixtures.contact();
    Map<String, Object> first = TestData.order(contactId);
    OrderFixtures.post(first);
    Map<String, Object> second = TestData.order(contactId);
    second.put("number", first.get("number"));

    given()
        .header("Authorization", Tokens.bearer("sales"))
        .contentType("application/json")
        .body(second)
        .post("/api/v1/orders")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("number"));
  }

  @Test
  void givenBadQueryParameters_whenListing_thenProblemNamesThem() {
    given()
        .header("Authorization", Tokens.bearer("sales"))
        .queryParam("contactId", "not-a-uuid")
        .get("/api/v1/orders")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("contactId"));
    given()
        .header("Authorization", Tokens.bearer("sales"))
        .queryParam("limit", "many")
        .get("/api/v1/orders")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("limit"));
    given()
        .header("Authorization", Tokens.bearer("sales"))
        .queryParam("cursor", "!!")
        .get("/api/v1/orders")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("cursor"));
  }

  @SendsBadInput("no body")
  @Test
  void givenMissingBody_whenCreating_thenBadRequest() {
    given()
        .header("Authorization", Tokens.bearer("sales"))
        .contentType("application/json")
        .post("/api/v1/orders")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  private static void assertNoOrders(String contactId) {
    given()
        .header("Authorization", Tokens.bearer("sales"))
        .queryParam("contactId", contactId)
        .get("/api/v1/orders")
        .then()
        .statusCode(200)
        .body("items", empty());
  }
}
