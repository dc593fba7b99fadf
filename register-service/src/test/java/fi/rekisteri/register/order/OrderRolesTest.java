package fi.rekisteri.register.order;

import static io.restassured.RestAssured.given;

import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import fi.rekisteri.register.support.Tokens;
import fi.rekisteri.stack.SendsBadInput;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Write: sales, admin. Read: sales, accounting, dpo, admin. */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class OrderRolesTest {

  @SendsBadInput("empty bodies: without a token nothing is read")
  @Test
  void givenNoToken_whenCallingEachEndpoint_thenUnauthorized() {
    String id = OrderFixtures.order(OrderFixtures.contact()).path("id");
    given()
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/orders")
        .then()
        .statusCode(401);
    given().get("/api/v1/orders").then().statusCode(401);
    given().get("/api/v1/orders/{id}", id).then().statusCode(401);
    given()
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body("{}")
        .put("/api/v1/orders/{id}", id)
        .then()
        .statusCode(401);
    given().delete("/api/v1/orders/{id}", id).then().statusCode(401);
  }

  @ParameterizedTest
  @CsvSource({"sales,201", "admin,201", "accounting,403", "dpo,403", "maija,403"})
  void givenRole_whenCreating_thenAllowedOnlyForWriters(String user, int status) {
    as(user)
        .contentType("application/json")
        .body(TestData.order(OrderFixtures.contact()))
        .post("/api/v1/orders")
        .then()
        .statusCode(status);
  }

  @ParameterizedTest
  @CsvSource({
    "sales,200",
    "accounting,200",
    "dpo,200",
    "admin,200",
    "maija,403",
    "service-account-rights-service,403"
  })
  void givenRole_whenReading_thenAllowedOnlyForReaders(String user, int status) {
    String id = OrderFixtures.order(OrderFixtures.contact()).path("id");
    as(user).get("/api/v1/orders/{id}", id).then().statusCode(status);
    as(user).queryParam("limit", 1).get("/api/v1/orders").then().statusCode(status);
  }

  @ParameterizedTest
  @CsvSource({"sales,200", "admin,200", "accounting,403", "dpo,403", "maija,403"})
  void givenRole_whenUpdating_thenAllowedOnlyForWriters(String user, int status) {
    String contactId = OrderFixtures.contact();
    String id = OrderFixtures.order(contactId).path("id");
    as(user)
        .header("If-Match", "\"0\"")
        .contentType("application/json")
        .body(TestData.order(contactId))
        .put("/api/v1/orders/{id}", id)
        .then()
        .statusCode(status);
  }

  @ParameterizedTest
  @CsvSource({"sales,204", "admin,204", "accounting,403", "dpo,403", "maija,403"})
  void givenRole_whenDeleting_thenAllowedOnlyForWriters(String user, int status) {
    String id = OrderFixtures.order(OrderFixtures.contact()).path("id");
    as(user).delete("/api/v1/orders/{id}", id).then().statusCode(status);
  }

  private static RequestSpecification as(String user) {
    RequestSpecification request = given();
    return user.startsWith("service-account-")
        ? request.header("Authorization", "Bearer " + Tokens.rightsService())
        : request.header("Authorization", Tokens.bearer(user));
  }
}
