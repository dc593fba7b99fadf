package fi.rekisteri.rights.request;

import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static io.restassured.RestAssured.given;

import fi.rekisteri.rights.support.RightsStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** dpo and admin reach everything under /api/v1/requests; others 403; no token 401. */
@QuarkusTest
@WithTestResource(RightsStack.class)
class RoleMatrixTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/requests",
        "/api/v1/requests/figures",
        "/api/v1/requests/00000000-0000-0000-0000-000000000001",
        "/api/v1/requests/00000000-0000-0000-0000-000000000001/letters",
        "/api/v1/requests/00000000-0000-0000-0000-000000000001/package",
        "/api/v1/requests/00000000-0000-0000-0000-000000000001/notifications"
      })
  void givenNoToken_whenReading_thenUnauthorized(String path) {
    given().get(path).then().statusCode(401);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sales", "accounting", "maija"})
  void givenOtherRoles_whenReadingOrRecording_thenForbidden(String user) {
    as(user).get("/api/v1/requests").then().statusCode(403);
    as(user).get("/api/v1/requests/figures").then().statusCode(403);
    as(user).get("/api/v1/requests/{id}", UUID.randomUUID()).then().statusCode(403);
    as(user)
        .body(RequestApi.intake("ACCESS", email("roles")))
        .post("/api/v1/requests")
        .then()
        .statusCode(403);
    as(user)
        .body(Map.of("reason", "x"))
        .post("/api/v1/requests/{id}/hold", UUID.randomUUID())
        .then()
        .statusCode(403);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dpo", "admin"})
  void givenDpoOrAdmin_whenRecordingAndActing_thenSuccess(String user) {
    String id =
        as(user)
            .body(RequestApi.intake("ACCESS", email("roles")))
            .post("/api/v1/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(user).get("/api/v1/requests").then().statusCode(200);
    as(user).get("/api/v1/requests/figures").then().statusCode(200);
    as(user).get("/api/v1/requests/{id}", id).then().statusCode(200);
    as(user)
        .body(Map.of("reason", "Selvitetään"))
        .post("/api/v1/requests/{id}/hold", id)
        .then()
        .statusCode(200);
  }

  @org.junit.jupiter.api.Test
  void givenNoToken_whenRecording_thenUnauthorizedProblem() {
    given()
        .contentType(ContentType.JSON)
        .body(RequestApi.intake("ACCESS", email("roles")))
        .post("/api/v1/requests")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void givenAnyone_whenReadingOpenApi_thenRequestEndpointsDescribed() {
    given()
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body(
            "paths.keySet()",
            org.hamcrest.Matchers.hasItems(
                "/api/v1/requests", "/api/v1/requests/{id}/extension", "/api/v1/me/requests"));
  }
}
