package fi.rekisteri.register.interaction;

import static io.restassured.RestAssured.given;

import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import fi.rekisteri.register.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Record: sales, admin. Read: sales, dpo, admin. */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class InteractionRolesTest {

  @Test
  void givenNoToken_whenCallingEachEndpoint_thenUnauthorized() {
    String contactId = InteractionFixtures.contact();
    given()
        .contentType("application/json")
        .body(TestData.interaction())
        .post("/api/v1/contacts/{contactId}/interactions", contactId)
        .then()
        .statusCode(401);
    given().get("/api/v1/contacts/{contactId}/interactions", contactId).then().statusCode(401);
  }

  @ParameterizedTest
  @CsvSource({"sales,201", "admin,201", "accounting,403", "dpo,403", "maija,403"})
  void givenRole_whenRecording_thenAllowedOnlyForSalesAndAdmin(String user, int status) {
    given()
        .header("Authorization", Tokens.bearer(user))
        .contentType("application/json")
        .body(TestData.interaction())
        .post("/api/v1/contacts/{contactId}/interactions", InteractionFixtures.contact())
        .then()
        .statusCode(status);
  }

  @ParameterizedTest
  @CsvSource({"sales,200", "dpo,200", "admin,200", "accounting,403", "maija,403"})
  void givenRole_whenListing_thenAllowedOnlyForSalesDpoAndAdmin(String user, int status) {
    given()
        .header("Authorization", Tokens.bearer(user))
        .get("/api/v1/contacts/{contactId}/interactions", InteractionFixtures.contact())
        .then()
        .statusCode(status);
  }
}
