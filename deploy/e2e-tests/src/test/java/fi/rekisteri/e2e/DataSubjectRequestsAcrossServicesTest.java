package fi.rekisteri.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests from intake to completion across both services: the rights service calls the register's
 * commands with its machine token and confirms each step by the register's events.
 */
class DataSubjectRequestsAcrossServicesTest {

  @BeforeAll
  static void startPlatform() {
    Platform.start();
  }

  private static RequestSpecification as(String user) {
    return given().header("Authorization", Platform.bearer(user)).contentType("application/json");
  }

  private static String today() {
    return LocalDate.now(ZoneId.of("Europe/Helsinki")).toString();
  }

  private static Map<String, Object> person(String email) {
    Map<String, Object> body = new HashMap<>();
    body.put("firstName", "Erkki");
    body.put("lastName", "Esimerkki-" + UUID.randomUUID().toString().substring(0, 6));
    body.put("email", email);
    body.put("phone", "040 111 2233");
    body.put("notes", "Asiakas toivoo yhteydenottoa sähköpostilla");
    body.put(
        "source",
        Map.of("channel", "EMAIL", "collectedAt", Instant.now().minusSeconds(60).toString()));
    return body;
  }

  private static String createContact(String email) {
    return as("sales")
        .body(person(email))
        .post(Platform.register() + "/api/v1/contacts")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static void createOpenInvoice(String contactId) {
    as("accounting")
        .body(
            Map.of(
                "number",
                "L-" + UUID.randomUUID().toString().substring(0, 10),
                "contactId",
                contactId,
                "issueDate",
                today(),
                "dueDate",
                LocalDate.parse(today()).plusDays(14).toString(),
                "amount",
                new java.math.BigDecimal("250.00"),
                "referenceNumber",
                "1232"))
        .post(Platform.register() + "/api/v1/invoices")
        .then()
        .statusCode(201);
  }

  private static String fileRequest(String type, String email, Map<String, Object> extra) {
    Map<String, Object> body = new HashMap<>();
    body.put("type", type);
    body.put("channel", "EMAIL");
    body.put("receivedOn", today());
    body.put("language", "en");
    body.put("subject", Map.of("email", email));
    body.put("details", "Request in the end-to-end test");
    body.putAll(extra);
    return as("dpo")
        .body(body)
        .post(Platform.rights() + "/api/v1/requests")
        .then()
        .statusCode(201)
        .body("dueDate", notNullValue())
        .body("targetDate", notNullValue())
        .extract()
        .path("id");
  }

  private static void verifyAndExecute(String id) {
    as("dpo")
        .body(Map.of("method", "REGISTER_MATCH", "note", "email matches the register"))
        .post(Platform.rights() + "/api/v1/requests/{id}/identity", id)
        .then()
        .statusCode(200);
    as("dpo")
        .post(Platform.rights() + "/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(202)));
  }

  private static JsonPath awaitStatus(String id, String status) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(250))
        .untilAsserted(
            () ->
                as("dpo")
                    .get(Platform.rights() + "/api/v1/requests/{id}", id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo(status)));
    return as("dpo")
        .get(Platform.rights() + "/api/v1/requests/{id}", id)
        .then()
        .extract()
        .jsonPath();
  }

  @Test
  void givenOpenInvoice_whenErasure_thenPartiallyCompletedWithGroundsConfirmedByEvent() {
    String email = "erasure." + UUID.randomUUID() + "@example.fi";
    String contactId = createContact(email);
    createOpenInvoice(contactId);

    String id = fileRequest("ERASURE", email, Map.of());
    verifyAndExecute(id);

    JsonPath request = awaitStatus(id, "PARTIALLY_COMPLETED");
    org.assertj.core.api.Assertions.assertThat(request.getString("result.outcome"))
        .isEqualTo("PARTIALLY_ERASED");
    org.assertj.core.api.Assertions.assertThat(
            request.getList("result.kept.legalBasis", String.class))
        .contains("LEGAL_CLAIMS");
    org.assertj.core.api.Assertions.assertThat(request.getString("confirmedAt")).isNotNull();
    as("dpo")
        .get(Platform.register() + "/api/v1/contacts/{id}", contactId)
        .then()
        .statusCode(200)
        .body("email", nullValue())
        .body("restriction.restricted", equalTo(true));
    as("dpo")
        .get(Platform.rights() + "/api/v1/requests/{id}/letters", id)
        .then()
        .statusCode(200)
        .body("size()", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
  }

  @Test
  void givenNoHolds_whenErasure_thenCompletedAndGoneFromRegister() {
    String email = "gone." + UUID.randomUUID() + "@example.fi";
    String contactId = createContact(email);

    String id = fileRequest("ERASURE", email, Map.of());
    verifyAndExecute(id);

    awaitStatus(id, "COMPLETED");
    as("dpo").get(Platform.register() + "/api/v1/contacts/{id}", contactId).then().statusCode(404);
  }

  @Test
  void givenContact_whenAccess_thenPackageHasRegisterDataAndControllerFacts() {
    String email = "access." + UUID.randomUUID() + "@example.fi";
    String contactId = createContact(email);

    String id = fileRequest("ACCESS", email, Map.of());
    verifyAndExecute(id);

    awaitStatus(id, "COMPLETED");
    as("dpo")
        .get(Platform.rights() + "/api/v1/requests/{id}/package", id)
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.containsString(contactId))
        .body(org.hamcrest.Matchers.containsString(email));
  }

  @Test
  void givenDirectMarketing_whenObjection_thenRegisterSuppressesReEntry() {
    String email = "objection." + UUID.randomUUID() + "@example.fi";
    createContact(email);

    String id = fileRequest("OBJECTION", email, Map.of("objectionKind", "DIRECT_MARKETING"));
    verifyAndExecute(id);
    awaitStatus(id, "COMPLETED");

    as("sales")
        .body(person(email))
        .post(Platform.register() + "/api/v1/contacts")
        .then()
        .statusCode(201)
        .body("suppression", equalTo("OBJECTION"));
  }

  @Test
  void givenReason_whenExtension_thenDueDateMovesToThreeMonthsAndLetterRecorded() {
    String email = "extension." + UUID.randomUUID() + "@example.fi";
    createContact(email);
    String id = fileRequest("ACCESS", email, Map.of());

    as("dpo")
        .body(Map.of("reason", "The request covers several years of records"))
        .post(Platform.rights() + "/api/v1/requests/{id}/extension", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("EXTENDED"))
        .body("extension.extended", equalTo(true));
    as("dpo")
        .get(Platform.rights() + "/api/v1/requests/{id}/letters", id)
        .then()
        .statusCode(200)
        .body("kind", hasItem("EXTENSION_NOTICE"));
  }
}
