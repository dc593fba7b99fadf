package fi.rekisteri.rights.selfservice;

import static fi.rekisteri.rights.request.RequestApi.MAIJA_EMAIL;
import static fi.rekisteri.rights.request.RequestApi.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import fi.rekisteri.rights.support.RightsStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A data subject sees what the register holds under the verified email of her login. */
@QuarkusTest
@WithTestResource(RightsStack.class)
class MyDataTest {

  @Test
  void givenMaija_whenReadingHerData_thenTheRegisterRecordOfHerEmail() {
    as("maija")
        .get("/api/v1/me/data")
        .then()
        .statusCode(200)
        .body("email", equalTo(MAIJA_EMAIL))
        .body("records", hasSize(1))
        .body("records[0].contact.email", equalTo(MAIJA_EMAIL));
  }

  @Test
  void givenStaffOrNoToken_whenReadingMeData_thenRefused() {
    as("dpo").get("/api/v1/me/data").then().statusCode(403);
    given().get("/api/v1/me/data").then().statusCode(401);
  }
}
