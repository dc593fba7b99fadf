package fi.rekisteri.register.listexport;

import static fi.rekisteri.register.support.Api.as;
import static fi.rekisteri.register.support.Api.asRightsService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import fi.rekisteri.register.support.Api;
import fi.rekisteri.register.support.DemoProfile;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lists leave out bans, objections, restrictions and missing consent, and feed the ledger. */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class ListExportTest {

  private static Map<String, Object> withAddress() {
    Map<String, Object> body = TestData.contact();
    body.put(
        "postalAddress", Map.of("street", "Katu 1", "postalCode", "00100", "city", "Helsinki"));
    return body;
  }

  private static void prefer(String id, String kind, String channel, boolean granted) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("kind", kind);
    body.put("granted", granted);
    body.put(
        "source",
        Map.of("channel", "EMAIL", "collectedAt", Instant.now().minusSeconds(1).toString()));
    if (channel != null) {
      body.put("channel", channel);
    }
    as("sales").body(body).post("/api/v1/contacts/{id}/preferences", id).then().statusCode(201);
  }

  private static String export(String purpose, String recipient) {
    return as("sales")
        .body(Map.of("purpose", purpose, "recipient", recipient))
        .post("/api/v1/exports")
        .then()
        .statusCode(200)
        .contentType("text/csv")
        .extract()
        .asString();
  }

  @BeforeEach
  void demoProfile() {
    DemoProfile.put();
  }

  @AfterEach
  void demoProfileAgain() {
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

  @Test
  void givenBanObjectionAndRestriction_whenMailingLabels_thenOnlyTheFreeOneListedAndLedgered() {
    Map<String, Object> free = withAddress();
    Map<String, Object> banned = withAddress();
    Map<String, Object> objected = withAddress();
    Map<String, Object> restricted = withAddress();
    String freeId = Api.createContact(free);
    prefer(freeId, "DIRECT_MARKETING_CONSENT", "POST", true);
    prefer(Api.createContact(banned), "LIST_PUBLICATION_BAN", null, true);
    String objectedId = Api.createContact(objected);
    asRightsService()
        .body(Map.of("requestId", "req-" + TestData.unique(), "kind", "DIRECT_MARKETING"))
        .post("/api/v1/internal/subjects/{id}/objection", objectedId)
        .then()
        .statusCode(200);
    String restrictedId = Api.createContact(restricted);
    asRightsService()
        .body(Map.of("requestId", "req-" + TestData.unique()))
        .post("/api/v1/internal/subjects/{id}/restrict", restrictedId)
        .then()
        .statusCode(200);

    String csv = export("MAILING_LABELS", "Painotalo Oy");

    assertThat(csv).startsWith("firstName,lastName,street,postalCode,city");
    assertThat(csv).contains((String) free.get("lastName"));
    assertThat(csv)
        .doesNotContain((String) banned.get("lastName"))
        .doesNotContain((String) objected.get("lastName"))
        .doesNotContain((String) restricted.get("lastName"));
    as("dpo")
        .queryParam("subjectId", freeId)
        .get("/api/v1/disclosures")
        .then()
        .statusCode(200)
        .body("items.recipient", hasItem("Painotalo Oy"));
  }

  @Test
  void givenConsentThenWithdrawn_whenEmailMarketing_thenListedOnlyWhileConsented() {
    Map<String, Object> person = TestData.contact();
    String id = Api.createContact(person);
    assertThat(export("EMAIL_MARKETING", "Uutiskirje Palvelu Oy"))
        .doesNotContain((String) person.get("email"));

    prefer(id, "DIRECT_MARKETING_CONSENT", "EMAIL", true);
    assertThat(export("EMAIL_MARKETING", "Uutiskirje Palvelu Oy"))
        .contains((String) person.get("email"));

    prefer(id, "DIRECT_MARKETING_CONSENT", "EMAIL", false);
    assertThat(export("EMAIL_MARKETING", "Uutiskirje Palvelu Oy"))
        .doesNotContain((String) person.get("email"));
  }

  @Test
  void givenConsentRequired_whenMailingLabels_thenOnlyWithPostConsent() {
    DemoProfile.withMarketingConsent(true);
    Map<String, Object> consented = withAddress();
    Map<String, Object> emailOnly = withAddress();
    Map<String, Object> silent = withAddress();
    prefer(Api.createContact(consented), "DIRECT_MARKETING_CONSENT", "POST", true);
    prefer(Api.createContact(emailOnly), "DIRECT_MARKETING_CONSENT", "EMAIL", true);
    Api.createContact(silent);

    String csv = export("MAILING_LABELS", "Painotalo Oy");

    assertThat(csv)
        .contains((String) consented.get("lastName"))
        .doesNotContain((String) emailOnly.get("lastName"))
        .doesNotContain((String) silent.get("lastName"));
  }

  @Test
  void givenConsentNotRequired_whenMailingLabels_thenListedWithoutConsentButNotWithBan() {
    DemoProfile.withMarketingConsent(false);
    Map<String, Object> silent = withAddress();
    Map<String, Object> banned = withAddress();
    Api.createContact(silent);
    prefer(Api.createContact(banned), "DIRECT_MARKETING_BAN", null, true);

    String csv = export("MAILING_LABELS", "Painotalo Oy");

    assertThat(csv)
        .contains((String) silent.get("lastName"))
        .doesNotContain((String) banned.get("lastName"));
  }

  @Test
  void givenSettingAbsent_whenMailingLabels_thenConsentRequired() {
    DemoProfile.withMarketingConsent(null);
    Map<String, Object> silent = withAddress();
    Api.createContact(silent);

    assertThat(export("MAILING_LABELS", "Painotalo Oy"))
        .doesNotContain((String) silent.get("lastName"));
  }

  @Test
  void givenEitherSetting_whenPhoneMarketing_thenPhoneConsentNeededOnlyWhenRequired() {
    Map<String, Object> silent = TestData.contact();
    Map<String, Object> consented = TestData.contact();
    Api.createContact(silent);
    prefer(Api.createContact(consented), "DIRECT_MARKETING_CONSENT", "PHONE", true);

    DemoProfile.withMarketingConsent(true);
    String required = export("PHONE_MARKETING", "Puhelinmyynti Oy");
    DemoProfile.withMarketingConsent(false);
    String notRequired = export("PHONE_MARKETING", "Puhelinmyynti Oy");

    assertThat(required)
        .contains((String) consented.get("lastName"))
        .doesNotContain((String) silent.get("lastName"));
    assertThat(notRequired)
        .contains((String) consented.get("lastName"))
        .contains((String) silent.get("lastName"));
  }

  @Test
  void givenProcessorReceivingIt_whenEmailMarketing_thenLedgerRowsForRecipientAndProcessor() {
    Map<String, Object> person = TestData.contact();
    String id = Api.createContact(person);
    prefer(id, "DIRECT_MARKETING_CONSENT", "EMAIL", true);

    export("EMAIL_MARKETING", "Mainostoimisto Oy");

    JsonPath ledger = ledger(id);
    assertThat(ledger.getList("items.recipient", String.class))
        .containsExactlyInAnyOrder("Mainostoimisto Oy", "Uutiskirje Palvelu Oy");
    assertThat(
            ledger.getList(
                "items.findAll { it.recipient == 'Uutiskirje Palvelu Oy' }.recipientKind"))
        .isEqualTo(List.of("PROCESSOR"));
    assertThat(
            ledger.getList("items.findAll { it.recipient == 'Mainostoimisto Oy' }.recipientKind"))
        .isEqualTo(List.of("RECIPIENT"));
  }

  @Test
  void givenNoProcessorReceivingIt_whenMailingLabels_thenOnlyTheNamedRecipientLedgered() {
    String id = Api.createContact(withAddress());
    prefer(id, "DIRECT_MARKETING_CONSENT", "POST", true);

    export("MAILING_LABELS", "Painotalo Oy");

    assertThat(ledger(id).getList("items.recipient", String.class)).containsExactly("Painotalo Oy");
  }

  @Test
  void givenFormulaLikeName_whenExport_thenNeutralisedAndQuoted() {
    Map<String, Object> person = withAddress();
    person.put("lastName", "=HYPERLINK(\"x\")");
    String id = Api.createContact(person);
    prefer(id, "DIRECT_MARKETING_CONSENT", "POST", true);

    assertThat(export("MAILING_LABELS", "Painotalo Oy"))
        .contains("\"'=HYPERLINK(\"\"x\"\")\"")
        .doesNotContain(",\"=HYPERLINK");
  }
}
