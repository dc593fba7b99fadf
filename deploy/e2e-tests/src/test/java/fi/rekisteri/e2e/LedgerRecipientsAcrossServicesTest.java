package fi.rekisteri.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Recipients come from the person's disclosure ledger (R20) and an objection to direct marketing
 * takes effect on receipt (R19), with both real services: the register records every list export
 * and invoice in the ledger (register-service disclosure/ and listexport/), the rights service
 * turns exactly those ledger entries into Art. 19 tasks (rights-service fulfilment/Recipients.java)
 * and takes an objecting person off the marketing lists at intake
 * (fulfilment/MarketingSuppression).
 */
class LedgerRecipientsAcrossServicesTest {

  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  private static final String PRINTER = "Painotalo Oy";
  private static final String BOOKKEEPER = "Tilitoimisto Laskuri Oy";
  private static final String DEBT_COLLECTOR = "Perintä Oy";
  private static final String NEWSLETTER_PROCESSOR = "Uutiskirje Palvelu Oy";

  @BeforeAll
  static void startPlatformWithDemoControllerProfile() throws IOException {
    Platform.start();
    if (as("admin").get(Platform.register() + "/api/v1/controller").statusCode() == 404) {
      JsonNode demo =
          new ObjectMapper()
              .readTree(
                  Path.of(System.getProperty("rekisteri.root", "../.."))
                      .resolve("register-service/src/main/resources/demo/demo-data.json")
                      .toFile());
      as("admin")
          .body(demo.get("controllerProfile").toString())
          .put(Platform.register() + "/api/v1/controller")
          .then()
          .statusCode(anyOf(equalTo(200), equalTo(201)));
    }
    // what the tests below rely on: the demo profile's parties and its consent setting
    JsonPath profile =
        as("admin")
            .get(Platform.register() + "/api/v1/controller")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(profile.getBoolean("profile.marketingRequiresConsent")).isTrue();
    assertThat(profile.getList("profile.processors.name", String.class))
        .contains(BOOKKEEPER, NEWSLETTER_PROCESSOR);
    assertThat(profile.getList("profile.recipients.name", String.class)).contains(DEBT_COLLECTOR);
  }

  private static RequestSpecification as(String user) {
    return given().header("Authorization", Platform.bearer(user)).contentType("application/json");
  }

  private static String today() {
    return LocalDate.now(HELSINKI).toString();
  }

  private static Map<String, Object> source() {
    return Map.of("channel", "WEB_FORM", "collectedAt", Instant.now().minusSeconds(60).toString());
  }

  private static String contact(String lastName, String email) {
    Map<String, Object> body = new HashMap<>();
    body.put("firstName", "Liisa");
    body.put("lastName", lastName);
    body.put("email", email);
    body.put(
        "postalAddress",
        Map.of("street", "Hämeenkatu 5 B 12", "postalCode", "33100", "city", "Tampere"));
    body.put("source", source());
    return as("sales")
        .body(body)
        .post(Platform.register() + "/api/v1/contacts")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static void consent(String contactId, String channel) {
    as("sales")
        .body(
            Map.of(
                "kind",
                "DIRECT_MARKETING_CONSENT",
                "channel",
                channel,
                "granted",
                true,
                "source",
                source()))
        .post(Platform.register() + "/api/v1/contacts/{id}/preferences", contactId)
        .then()
        .statusCode(201);
  }

  private static Response invoice(String contactId) {
    LocalDate issued = LocalDate.parse(today());
    return as("accounting")
        .body(
            Map.of(
                "number",
                "L-" + UUID.randomUUID().toString().substring(0, 10),
                "contactId",
                contactId,
                "issueDate",
                issued.toString(),
                "dueDate",
                issued.plusDays(14).toString(),
                "amount",
                new java.math.BigDecimal("480.00"),
                "referenceNumber",
                "1232"))
        .post(Platform.register() + "/api/v1/invoices")
        .then()
        .statusCode(201)
        .extract()
        .response();
  }

  private static String export(String purpose, String recipient) {
    return as("sales")
        .body(Map.of("purpose", purpose, "recipient", recipient))
        .post(Platform.register() + "/api/v1/exports")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  private static String fileRequest(String type, String email, Map<String, Object> extra) {
    Map<String, Object> body = new HashMap<>();
    body.put("type", type);
    body.put("channel", "EMAIL");
    body.put("receivedOn", today());
    body.put("language", "fi");
    body.put("subject", Map.of("email", email));
    body.put("details", "Pyyntö sähköpostitse");
    body.putAll(extra);
    return as("dpo")
        .body(body)
        .post(Platform.rights() + "/api/v1/requests")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static void verifyAndExecute(String id) {
    as("dpo")
        .body(Map.of("method", "REGISTER_MATCH", "note", "Sähköpostiosoite vastaa rekisteriä"))
        .post(Platform.rights() + "/api/v1/requests/{id}/identity", id)
        .then()
        .statusCode(200);
    as("dpo")
        .post(Platform.rights() + "/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(anyOf(equalTo(200), equalTo(202)));
  }

  private static void awaitStatus(String id, String status) {
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
  }

  private static JsonPath notifications(String id) {
    return as("dpo")
        .get(Platform.rights() + "/api/v1/requests/{id}/notifications", id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static JsonPath ledger(String contactId) {
    return as("dpo")
        .queryParam("subjectId", contactId)
        .get(Platform.register() + "/api/v1/disclosures")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void givenMailingLabelsExportToPrinter_whenRestriction_thenOnlyThePrinterIsToBeTold() {
    String lastName = "Postituslista-" + unique();
    String email = "tarrat." + UUID.randomUUID() + "@example.fi";
    String contactId = contact(lastName, email);
    consent(contactId, "POST");

    String labels = export("MAILING_LABELS", PRINTER);
    assertThat(labels).contains("\"Liisa\",\"" + lastName + "\",\"Hämeenkatu 5 B 12\"");
    JsonPath disclosures = ledger(contactId);
    assertThat(disclosures.getList("items.recipient", String.class)).containsExactly(PRINTER);
    assertThat(disclosures.getString("items[0].recipientKind")).isEqualTo("RECIPIENT");
    assertThat(disclosures.getString("items[0].purpose")).isEqualTo("list export: MAILING_LABELS");

    String id = fileRequest("RESTRICTION", email, Map.of());
    verifyAndExecute(id);
    awaitStatus(id, "COMPLETED");

    JsonPath tasks = notifications(id);
    assertThat(tasks.getList("recipient", String.class))
        .containsExactly(PRINTER)
        .doesNotContain(DEBT_COLLECTOR, BOOKKEEPER, NEWSLETTER_PROCESSOR);
    assertThat(tasks.getList("recipientKind", String.class)).containsExactly("RECIPIENT");
    assertThat(tasks.getList("reason", String.class)).containsExactly("RESTRICTION");
    assertThat(tasks.getList("status", String.class)).containsExactly("OPEN");
    // the restricted person is on no later list
    assertThat(export("MAILING_LABELS", PRINTER)).doesNotContain(lastName);
  }

  @Test
  void givenInvoiceKeptByBookkeeper_whenErasure_thenTheBookkeeperIsToBeTold() {
    String lastName = "Laskutettu-" + unique();
    String email = "lasku." + UUID.randomUUID() + "@example.fi";
    String contactId = contact(lastName, email);
    invoice(contactId);
    // another customer's claim goes to collection: the debt collector gets that customer, not her
    String neighbour =
        contact("Perittävä-" + unique(), "perinta." + UUID.randomUUID() + "@example.fi");
    Response claim = invoice(neighbour);
    as("accounting")
        .header("If-Match", claim.header("ETag"))
        .body(Map.of("status", "IN_COLLECTION"))
        .put(Platform.register() + "/api/v1/invoices/{id}/status", claim.path("id").toString())
        .then()
        .statusCode(200);
    assertThat(ledger(neighbour).getList("items.recipient", String.class))
        .containsExactly(BOOKKEEPER, DEBT_COLLECTOR);
    JsonPath disclosures = ledger(contactId);
    assertThat(disclosures.getList("items.recipient", String.class)).containsExactly(BOOKKEEPER);
    assertThat(disclosures.getString("items[0].recipientKind")).isEqualTo("PROCESSOR");

    String id = fileRequest("ERASURE", email, Map.of());
    verifyAndExecute(id);
    awaitStatus(id, "PARTIALLY_COMPLETED");

    JsonPath tasks = notifications(id);
    // the invoice was never handed over for collection: the debt collector never saw her
    assertThat(tasks.getList("recipient", String.class))
        .containsExactly(BOOKKEEPER)
        .doesNotContain(DEBT_COLLECTOR, PRINTER);
    assertThat(tasks.getList("recipientKind", String.class)).containsExactly("PROCESSOR");
    assertThat(tasks.getList("reason", String.class)).containsExactly("ERASURE");
  }

  @Test
  void givenEmailList_whenDirectMarketingObjection_thenOffTheNextListOnReceiptBeforeIdentity() {
    String lastName = "Uutiskirje-" + unique();
    String email = "kielto." + UUID.randomUUID() + "@example.fi";
    String contactId = contact(lastName, email);
    consent(contactId, "EMAIL");

    String before = export("EMAIL_MARKETING", NEWSLETTER_PROCESSOR);
    assertThat(before).contains("\"Liisa\",\"" + lastName + "\",\"" + email + "\"");

    String id = fileRequest("OBJECTION", email, Map.of("objectionKind", "DIRECT_MARKETING"));

    // no identity step and no execution yet: the objection already holds in the register
    JsonPath request =
        as("dpo")
            .get(Platform.rights() + "/api/v1/requests/{id}", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(request.getString("status")).isNotIn("COMPLETED", "PROCESSING");
    List<String> actions = request.getList("timeline.action", String.class);
    assertThat(actions).contains("MARKETING_SUPPRESSED").doesNotContain("MARKETING_UNMATCHED");
    as("sales")
        .get(Platform.register() + "/api/v1/contacts/{id}/preferences", contactId)
        .then()
        .statusCode(200)
        .body("objectedToDirectMarketing", equalTo(true));

    String after = export("EMAIL_MARKETING", NEWSLETTER_PROCESSOR);
    assertThat(after).doesNotContain(lastName).doesNotContain(email);
  }
}
