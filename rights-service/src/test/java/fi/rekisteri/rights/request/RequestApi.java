package fi.rekisteri.rights.request;

import static io.restassured.RestAssured.given;

import fi.rekisteri.stack.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Small steps the request tests share (public for the self-service tests too). */
public final class RequestApi {

  /** The verified emails of the data-subject demo users of deploy/keycloak/rekisteri-realm.json. */
  public static final String MAIJA_EMAIL = "maija.meikalainen@example.fi";

  public static final String MATTI_EMAIL = "matti.virtanen@example.fi";

  private RequestApi() {}

  public static LocalDate today() {
    return LocalDate.now(ZoneId.of("Europe/Helsinki"));
  }

  /** A JSON call with the real token of a demo user of the test Keycloak. */
  public static RequestSpecification as(String user) {
    return given().auth().oauth2(TestTokens.user(user)).contentType(ContentType.JSON);
  }

  public static String email(String prefix) {
    return prefix + "-" + UUID.randomUUID() + "@example.test";
  }

  public static Map<String, Object> intake(String type, String email) {
    Map<String, Object> subject = new HashMap<>();
    subject.put("email", email);
    subject.put("firstName", "Maija");
    subject.put("lastName", "Meikäläinen");
    Map<String, Object> body = new HashMap<>();
    body.put("type", type);
    body.put("channel", "EMAIL");
    body.put("receivedOn", today().toString());
    body.put("language", "fi");
    body.put("subject", subject);
    body.put("details", "Pyyntö sähköpostitse");
    return body;
  }

  public static String create(Map<String, Object> body) {
    return as("dpo")
        .body(body)
        .post("/api/v1/requests")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  public static String create(String type, String email) {
    return create(intake(type, email));
  }

  /** A request ready to execute: recorded and the identity verified by the DPO. */
  public static String verified(String type, String email) {
    String id = create(type, email);
    as("dpo")
        .body(Map.of("method", "DPO_CHECK", "note", "called back the number on file"))
        .post("/api/v1/requests/{id}/identity", id)
        .then()
        .statusCode(200);
    return id;
  }

  public static JsonPath read(String id) {
    return as("dpo").get("/api/v1/requests/{id}", id).then().statusCode(200).extract().jsonPath();
  }

  public static String status(String id) {
    return read(id).getString("status");
  }
}
