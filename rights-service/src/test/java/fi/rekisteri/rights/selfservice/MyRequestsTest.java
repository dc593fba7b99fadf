package fi.rekisteri.rights.selfservice;

import static fi.rekisteri.rights.request.RequestApi.MAIJA_EMAIL;
import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import fi.rekisteri.rights.request.RequestApi;
import fi.rekisteri.rights.support.RightsStack;
import fi.rekisteri.stack.SendsBadInput;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The self-service channel: a data subject files and sees only their own requests. */
@QuarkusTest
@WithTestResource(RightsStack.class)
class MyRequestsTest {

  private static String fileAsMaija(String type) {
    return as("maija")
        .body(Map.of("type", type, "language", "en", "details", "Please send me my data."))
        .post("/api/v1/me/requests")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void givenMaija_whenFilingRequest_thenWebChannelTodayAndIdentityByTokenEmail() {
    // the service's date in Helsinki, which may turn over between the two reads
    String before = RequestApi.today().toString();
    String receivedOn =
        as("maija")
            .body(Map.of("type", "ACCESS", "language", "en"))
            .post("/api/v1/me/requests")
            .then()
            .statusCode(201)
            .header("Location", notNullValue())
            .body("channel", equalTo("WEB"))
            .body("status", equalTo("RECEIVED"))
            .body("dueDate", notNullValue())
            .extract()
            .path("receivedOn");
    assertThat(receivedOn).isIn(before, RequestApi.today().toString());
    String id = fileAsMaija("ERASURE");

    as("dpo")
        .get("/api/v1/requests/{id}", id)
        .then()
        .statusCode(200)
        .body("subject.email", equalTo(MAIJA_EMAIL))
        .body("origin", equalTo("SELF_SERVICE"))
        .body("identity.method", equalTo("TOKEN_EMAIL"))
        .body("identity.verified", equalTo(true));
  }

  @Test
  void givenRequestsOfMaijaAndSomeoneElse_whenMaijaLists_thenOnlyHers() {
    String mine = fileAsMaija("PORTABILITY");
    String theirs = RequestApi.create("ACCESS", email("other"));

    as("maija")
        .get("/api/v1/me/requests")
        .then()
        .statusCode(200)
        .body("id", hasItem(mine))
        .body("id", not(hasItem(theirs)));
    as("maija")
        .get("/api/v1/me/requests/{id}", mine)
        .then()
        .statusCode(200)
        .body("id", equalTo(mine));
  }

  @Test
  void givenAnotherPersonsRequest_whenMaijaReadsIt_thenNotFound() {
    String theirs = RequestApi.create("ACCESS", email("other"));

    as("maija")
        .get("/api/v1/me/requests/{id}", theirs)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    as("maija").get("/api/v1/me/requests/{id}/letters", theirs).then().statusCode(404);
    as("maija").post("/api/v1/me/requests/{id}/withdraw", theirs).then().statusCode(404);
  }

  @Test
  void givenDpoRecordedRequestForMaijasEmail_whenMaijaLists_thenSheSeesIt() {
    String recorded = RequestApi.create("RECTIFICATION", MAIJA_EMAIL.toUpperCase());

    as("maija").get("/api/v1/me/requests").then().body("id", hasItem(recorded));
  }

  @Test
  void givenMaijasOpenRequest_whenSheWithdrawsIt_thenWithdrawnWithConfirmationLetter() {
    String id = fileAsMaija("OBJECTION");

    as("maija")
        .body(Map.of("reason", "Changed my mind"))
        .post("/api/v1/me/requests/{id}/withdraw", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"))
        .body("letters[0].kind", equalTo("WITHDRAWAL_CONFIRMATION"))
        .body("letters[0].language", equalTo("en"));
  }

  @SendsBadInput("subject fields the self-service does not take")
  @Test
  void givenSubjectFieldsInSelfService_whenFiled_thenBadRequestNamingField() {
    as("maija")
        .body(Map.of("type", "ACCESS", "subject", Map.of("email", "someone@example.fi")))
        .post("/api/v1/me/requests")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("subject"));
    as("maija")
        .body(Map.of("language", "fi"))
        .post("/api/v1/me/requests")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("type"));
  }

  @Test
  void givenUsersWithoutDataSubjectRole_whenUsingSelfService_thenForbidden() {
    as("sales").get("/api/v1/me/requests").then().statusCode(403);
    as("dpo").get("/api/v1/me/requests").then().statusCode(403);
    as("sales")
        .body(Map.of("type", "ACCESS"))
        .post("/api/v1/me/requests")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void givenNoToken_whenUsingSelfService_thenUnauthorized() {
    given().get("/api/v1/me/requests").then().statusCode(401);
  }

  @Test
  void givenMaija_whenUsingDpoApi_thenForbidden() {
    as("maija").get("/api/v1/requests").then().statusCode(403);
    as("maija")
        .body(RequestApi.intake("ACCESS", MAIJA_EMAIL))
        .post("/api/v1/requests")
        .then()
        .statusCode(403);
  }

  @Test
  void givenMaijasList_whenRead_thenEveryItemIsHers() {
    fileAsMaija("ACCESS");

    as("maija")
        .get("/api/v1/me/requests")
        .then()
        .statusCode(200)
        .body("id", everyItem(notNullValue()));
  }
}
