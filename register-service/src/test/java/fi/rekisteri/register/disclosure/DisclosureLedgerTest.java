package fi.rekisteri.register.disclosure;

import static fi.rekisteri.register.support.Api.as;
import static fi.rekisteri.register.support.Api.asRightsService;
import static org.assertj.core.api.Assertions.assertThat;

import fi.rekisteri.register.support.Api;
import fi.rekisteri.register.support.DemoProfile;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R20: invoices go to the processors that receive INVOICES, a claim in collection to the debt
 * collector, and the rights service reads each distinct recipient of a subject's ledger.
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class DisclosureLedgerTest {

  @BeforeEach
  void demoProfile() {
    DemoProfile.put();
  }

  private static JsonPath ledger(String subjectId) {
    return as("dpo")
        .queryParam("subjectId", subjectId)
        .get("/api/v1/disclosures")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static JsonPath recipients(String subjectId) {
    return asRightsService()
        .get("/api/v1/internal/subjects/{id}/recipients", subjectId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void givenProcessorReceivingInvoices_whenInvoiceCreate_thenOneLedgerRowForIt() {
    String contact = Api.createContact(TestData.contact());

    Api.createInvoice(contact, LocalDate.now());

    JsonPath ledger = ledger(contact);
    assertThat(ledger.getList("items.recipient", String.class))
        .containsExactly("Tilitoimisto Laskuri Oy");
    assertThat(ledger.getString("items[0].recipientKind")).isEqualTo("PROCESSOR");
    assertThat(ledger.getString("items[0].purpose")).isEqualTo("invoicing");
  }

  @Test
  void givenInCollection_whenInvoiceStatus_thenLedgerRowForTheDebtCollectorOnly() {
    String contact = Api.createContact(TestData.contact());
    String invoice = Api.createInvoice(contact, LocalDate.now());

    as("accounting")
        .header("If-Match", "\"0\"")
        .body(Map.of("status", "PAID"))
        .put("/api/v1/invoices/{id}/status", invoice)
        .then()
        .statusCode(200);
    assertThat(ledger(contact).getList("items.recipient", String.class))
        .doesNotContain("Perintä Oy");
    as("accounting")
        .header("If-Match", "\"1\"")
        .body(Map.of("status", "IN_COLLECTION"))
        .put("/api/v1/invoices/{id}/status", invoice)
        .then()
        .statusCode(200);

    JsonPath ledger = ledger(contact);
    assertThat(ledger.getList("items.recipient", String.class))
        .containsExactly("Tilitoimisto Laskuri Oy", "Perintä Oy");
    assertThat(ledger.getString("items[1].recipientKind")).isEqualTo("RECIPIENT");
  }

  @Test
  void givenThreeDisclosuresAndLimitTwo_whenList_thenTwoPagesOldestFirst() {
    String contact = Api.createContact(TestData.contact());
    for (int i = 0; i < 3; i++) {
      Api.createInvoice(contact, LocalDate.now());
    }
    List<String> all = ledger(contact).getList("items.id", String.class);
    assertThat(all).hasSize(3);

    JsonPath first =
        as("dpo")
            .queryParam("subjectId", contact)
            .queryParam("limit", 2)
            .get("/api/v1/disclosures")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(first.getList("items.id", String.class)).isEqualTo(all.subList(0, 2));
    assertThat(first.getString("next")).isNotBlank();
    JsonPath second =
        as("dpo")
            .queryParam("subjectId", contact)
            .queryParam("limit", 2)
            .queryParam("cursor", first.getString("next"))
            .get("/api/v1/disclosures")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(second.getList("items.id", String.class)).isEqualTo(all.subList(2, 3));
    assertThat(second.getString("next")).isNull();
  }

  @Test
  void givenLimitOutOfRange_whenList_thenProblemNamingLimit() {
    String contact = Api.createContact(TestData.contact());
    for (String limit : List.of("0", "201", "many")) {
      as("dpo")
          .queryParam("subjectId", contact)
          .queryParam("limit", limit)
          .get("/api/v1/disclosures")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", org.hamcrest.Matchers.equalTo("limit"));
    }
  }

  @Test
  void givenCursorOfAnotherSubject_whenList_thenBadRequest() {
    String contact = Api.createContact(TestData.contact());
    Api.createInvoice(contact, LocalDate.now());
    String id = ledger(contact).getString("items[0].id");
    String other = Api.createContact(TestData.contact());

    as("dpo")
        .queryParam("subjectId", other)
        .queryParam(
            "cursor", fi.rekisteri.register.common.Cursor.encode(java.util.UUID.fromString(id)))
        .get("/api/v1/disclosures")
        .then()
        .statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("cursor"));
  }

  @Test
  void givenInvoicesAndTwoLists_whenRecipients_thenEachRecipientOnceWithItsKind() {
    Map<String, Object> body = TestData.contact();
    body.put("postalAddress", Map.of("street", "Katu 1", "postalCode", "00100", "city", "Turku"));
    String contact = Api.createContact(body);
    for (String channel : List.of("EMAIL", "POST")) {
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
                  Map.of(
                      "channel", "EMAIL", "collectedAt", Instant.now().minusSeconds(1).toString())))
          .post("/api/v1/contacts/{id}/preferences", contact)
          .then()
          .statusCode(201);
    }
    Api.createInvoice(contact, LocalDate.now());
    Api.createInvoice(contact, LocalDate.now());
    for (String purpose : List.of("MAILING_LABELS", "EMAIL_MARKETING", "MAILING_LABELS")) {
      as("sales")
          .body(Map.of("purpose", purpose, "recipient", "Painotalo Oy"))
          .post("/api/v1/exports")
          .then()
          .statusCode(200);
    }

    JsonPath recipients = recipients(contact);

    assertThat(recipients.getString("subjectId")).isEqualTo(contact);
    assertThat(recipients.getList("recipients.name", String.class))
        .containsExactly("Tilitoimisto Laskuri Oy", "Painotalo Oy", "Uutiskirje Palvelu Oy");
    assertThat(recipients.getList("recipients.kind", String.class))
        .containsExactly("PROCESSOR", "RECIPIENT", "PROCESSOR");
    assertThat(recipients.getList("recipients.marketing", Boolean.class))
        .containsExactly(false, true, true);
  }

  @Test
  void givenNothingDisclosed_whenRecipients_thenNone() {
    String contact = Api.createContact(TestData.contact());

    assertThat(recipients(contact).getList("recipients")).isEmpty();
  }

  @Test
  void givenStaffToken_whenRecipients_thenForbidden() {
    String contact = Api.createContact(TestData.contact());

    as("dpo").get("/api/v1/internal/subjects/{id}/recipients", contact).then().statusCode(403);
  }
}
