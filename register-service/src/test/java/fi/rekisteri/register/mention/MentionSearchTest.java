package fi.rekisteri.register.mention;

import static fi.rekisteri.register.support.Api.as;
import static fi.rekisteri.register.support.Api.asRightsService;
import static org.assertj.core.api.Assertions.assertThat;

import fi.rekisteri.register.support.Api;
import fi.rekisteri.register.support.QueryPlans;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Mentions of a person in other records' free text, on the real PostgreSQL: the indexes of V20 find
 * them by every spelling of her phone, her email in any case and her full name; her own records do
 * not count; an erasure redacts what was found by email or phone unless the record is held, and
 * leaves what was found by name alone for the DPO, who confirms it.
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class MentionSearchTest {

  private static final String MENTIONS = "/api/v1/internal/subjects/{id}/mentions";

  @Inject EntityManager entityManager;

  /** Maija with a phone, email and last name of her own, so other tests' rows never match. */
  private record Maija(String id, String email, String lastName, String digits) {

    static Maija create() {
      String unique = TestData.unique();
      String digits = String.format("%07d", Math.floorMod(unique.hashCode(), 10_000_000));
      Map<String, Object> body = TestData.contact();
      body.put("firstName", "Maija");
      body.put("lastName", "Mainittu" + unique);
      body.put("email", "maija." + unique + "@example.fi");
      body.put("phone", "050 " + digits);
      body.put("notes", "Oma muistiinpano: numero 050 " + digits);
      return new Maija(
          Api.createContact(body),
          (String) body.get("email"),
          (String) body.get("lastName"),
          digits);
    }

    /** 050-123 4567 style */
    String dashed() {
      return "050-" + digits.substring(0, 3) + " " + digits.substring(3);
    }

    String international() {
      return "+358 50 " + digits.substring(0, 3) + " " + digits.substring(3);
    }

    String fullName() {
      return "Maija " + lastName;
    }
  }

  private static String contactWith(String notes, String worksite) {
    Map<String, Object> body = TestData.contact();
    body.put("notes", notes);
    if (worksite != null) {
      body.put("worksite", worksite);
    }
    return Api.createContact(body);
  }

  private static String orderWith(String contactId, String summary, String worksite) {
    Map<String, Object> body = TestData.order(contactId);
    body.put("summary", summary);
    body.put("worksite", worksite);
    return as("sales")
        .body(body)
        .post("/api/v1/orders")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static String interactionWith(String contactId, String summary) {
    Map<String, Object> body = TestData.interaction();
    body.put("summary", summary);
    return as("sales")
        .body(body)
        .post("/api/v1/contacts/{id}/interactions", contactId)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static JsonPath mentions(String subjectId) {
    return asRightsService().get(MENTIONS, subjectId).then().statusCode(200).extract().jsonPath();
  }

  private static Map<String, Map<String, Object>> byRecordAndField(JsonPath mentions) {
    List<Map<String, Object>> list = mentions.getList("mentions");
    return list.stream()
        .collect(
            Collectors.toMap(
                m -> m.get("recordId") + "." + m.get("field") + "." + m.get("matchedBy"),
                m -> m,
                (a, b) -> a));
  }

  private String text(String table, String field, String id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                (String)
                    entityManager
                        .createNativeQuery("SELECT " + field + " FROM " + table + " WHERE id = ?1")
                        .setParameter(1, UUID.fromString(id))
                        .getSingleResult());
  }

  private void hold(String contactId) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entityManager
                    .createNativeQuery(
                        "INSERT INTO erasure_hold (subject_id, category, ground, legal_basis,"
                            + " until_date, created_at, updated_at) VALUES (?1, 'OPEN_INVOICES',"
                            + " 'OPEN_CLAIM', 'LEGAL_CLAIMS', null, now(), now())")
                    .setParameter(1, UUID.fromString(contactId))
                    .executeUpdate());
  }

  @Test
  void givenEverySpellingInOtherRecords_whenMentions_thenFoundAndOwnRecordsNot() {
    Maija maija = Maija.create();
    String noteOwner = contactWith("Soita Maijalle " + maija.dashed() + " tarjouksesta", null);
    String talker = Api.createContact(TestData.contact());
    String interaction = interactionWith(talker, "Sovittu: 050" + maija.digits() + " iltaisin");
    String buyer = Api.createContact(TestData.contact());
    String order =
        orderWith(
            buyer,
            "Toimitus, yhteys " + maija.international(),
            "Valvoja " + maija.email().toUpperCase());
    String namesake = contactWith("Tapasin messuilla", maija.fullName() + ", Kallio");
    // her own order and interaction: hers, not mentions
    orderWith(maija.id(), "Oma tilaus " + maija.dashed(), null);
    interactionWith(maija.id(), "Oma puhelu " + maija.dashed());

    Map<String, Map<String, Object>> found = byRecordAndField(mentions(maija.id()));

    assertThat(found)
        .containsOnlyKeys(
            noteOwner + ".notes.PHONE",
            interaction + ".summary.PHONE",
            order + ".summary.PHONE",
            order + ".worksite.EMAIL",
            namesake + ".worksite.NAME");
    assertThat(found.get(noteOwner + ".notes.PHONE"))
        .containsEntry("recordType", "CONTACT")
        .containsEntry("held", false)
        .containsEntry("redacted", false);
    assertThat((String) found.get(noteOwner + ".notes.PHONE").get("passage"))
        .contains("Soita Maijalle " + maija.dashed());
    assertThat(found.get(interaction + ".summary.PHONE"))
        .containsEntry("recordType", "INTERACTION");
    assertThat(found.get(order + ".worksite.EMAIL")).containsEntry("recordType", "ORDER");
  }

  @Test
  void givenMentions_whenErase_thenEmailAndPhoneRedactedHeldKeptNameOnlyLeftForTheDpo() {
    Maija maija = Maija.create();
    String noteOwner =
        contactWith("Soita Maijalle " + maija.dashed() + " tai " + maija.email(), null);
    String buyer = Api.createContact(TestData.contact());
    String order = orderWith(buyer, maija.fullName() + " " + maija.international(), "Kallio");
    String held = contactWith("Maijan numero " + maija.dashed(), null);
    hold(held);
    String namesake = contactWith("Tapasin " + maija.fullName() + " messuilla", null);

    JsonPath erased =
        asRightsService()
            .body(Map.of("requestId", "mention-" + TestData.unique()))
            .post("/api/v1/internal/subjects/{id}/erase", maija.id())
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    String notes = text("contact", "notes", noteOwner);
    assertThat(notes)
        .isEqualTo("Soita Maijalle [poistettu] tai [poistettu]")
        .doesNotContain(maija.digits().substring(3))
        .doesNotContain("@");
    // her name beside her phone is no namesake: redacted with it
    assertThat(text("customer_order", "summary", order)).isEqualTo("[poistettu] [poistettu]");
    assertThat(text("contact", "notes", held)).isEqualTo("Maijan numero " + maija.dashed());
    assertThat(text("contact", "notes", namesake)).contains(maija.fullName());
    List<Map<String, Object>> left = erased.getList("proof.mentions");
    assertThat(left)
        .extracting(m -> m.get("place") + " " + m.get("matchedBy") + " " + m.get("reason"))
        .containsExactlyInAnyOrder("contact.notes PHONE HELD", "contact.notes NAME NAME_ONLY");
    assertThat(erased.getList("proof.remaining.place")).doesNotContain("customer_order");

    // after the erasure her identifiers are gone; the DPO still sees what became of each mention
    Map<String, Map<String, Object>> after = byRecordAndField(mentions(maija.id()));
    assertThat(after.get(noteOwner + ".notes.PHONE")).containsEntry("redacted", true);
    assertThat(after.get(noteOwner + ".notes.EMAIL")).containsEntry("redacted", true);
    assertThat(after.get(held + ".notes.PHONE")).containsEntry("held", true);
    Map<String, Object> nameOnly = after.get(namesake + ".notes.NAME");
    assertThat(nameOnly).containsEntry("redacted", false).containsEntry("held", false);
    assertThat((String) nameOnly.get("passage")).contains(maija.fullName());

    // the DPO confirms the name-only mention; a repeat answers the same
    String redactPath = MENTIONS + "/{mentionId}/redact";
    for (int i = 0; i < 2; i++) {
      asRightsService()
          .body(Map.of("requestId", "confirm-" + maija.id()))
          .post(redactPath, maija.id(), nameOnly.get("id"))
          .then()
          .statusCode(200)
          .body("redacted", org.hamcrest.Matchers.equalTo(true));
    }
    assertThat(text("contact", "notes", namesake)).isEqualTo("Tapasin [poistettu] messuilla");
    // a held mention is not redacted on confirmation either
    asRightsService()
        .body(Map.of("requestId", "confirm-held-" + maija.id()))
        .post(redactPath, maija.id(), after.get(held + ".notes.PHONE").get("id"))
        .then()
        .statusCode(409);
    assertThat(text("contact", "notes", held)).contains(maija.dashed());
  }

  @Test
  void givenUnknownMention_whenRedact_then404() {
    Maija maija = Maija.create();

    asRightsService()
        .body(Map.of("requestId", "confirm-" + maija.id()))
        .post(MENTIONS + "/{mentionId}/redact", maija.id(), UUID.randomUUID())
        .then()
        .statusCode(404);
  }

  @Test
  void givenAUserToken_whenMentions_then403() {
    Maija maija = Maija.create();

    as("dpo").get(MENTIONS, maija.id()).then().statusCode(403);
  }

  @Test
  void givenTheSameTexts_whenKeys_thenTheDatabaseAndJavaAgree() {
    List<String> texts =
        List.of(
            "soita 040-123 4567 tai 0401234567, +358 40 123 4567 / 00358 40 1234567",
            "+358 040-123 4567; Maija.Meik@Example.FI. 12.3.2024 ORD-2024-0001 puh. 09 123 4567",
            "tili 90401234567, viite 1234567, a@b.fi ja c.d@e-f.example.com.",
            "");
    for (String text : texts) {
      @SuppressWarnings("unchecked")
      List<String> database =
          QuarkusTransaction.requiringNew()
              .call(
                  () ->
                      List.of(
                          (String[])
                              entityManager
                                  .createNativeQuery("SELECT mention_keys(?1)")
                                  .setParameter(1, text)
                                  .getSingleResult()));
      assertThat(database).containsExactlyInAnyOrderElementsOf(MentionPatterns.keys(text));
    }
  }

  @Test
  void givenAnyTable_whenSearch_thenItsIndexesServeTheQuery() {
    for (MentionSource source : MentionSource.values()) {
      String plan =
          QueryPlans.withoutSeqScan(
              entityManager,
              "SELECT id FROM "
                  + source.table()
                  + " WHERE "
                  + source.keysExpression()
                  + " && ARRAY['+358401234567'] OR "
                  + source.nameExpression()
                  + " LIKE '%maija meikäläinen%'");
      assertThat(plan)
          .contains(source.table() + "_mention_keys_idx")
          .contains(source.table() + "_mention_text_trgm_idx")
          .doesNotContain("Seq Scan");
    }
  }

  @Test
  void givenHerDigitsInsideAHexReference_whenErase_thenTheProofFindsHerPhoneOnlyAsAWholeNumber() {
    Maija maija = Maija.create();
    // her seven digits inside a hex reference are not her phone (see docs/promises.md: found at 1M
    // rows)
    String buyer = Api.createContact(TestData.contact());
    String order = orderWith(buyer, "Tilausviite 3fa9" + maija.digits() + "c1", "Kallio");
    // her number as a whole number, in a record held for a claim: still there, and found
    String held = contactWith("Laskutusnumero 050" + maija.digits() + ".", null);
    hold(held);

    JsonPath erased =
        asRightsService()
            .body(Map.of("requestId", "proof-digits-" + TestData.unique()))
            .post("/api/v1/internal/subjects/{id}/erase", maija.id())
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(text("customer_order", "summary", order)).contains(maija.digits());
    List<Map<String, Object>> remaining = erased.getList("proof.remaining");
    assertThat(remaining)
        .filteredOn(r -> "customer_order".equals(r.get("place")))
        .as("seven digits inside a hex reference")
        .isEmpty();
    assertThat(remaining)
        .filteredOn(r -> "contact".equals(r.get("place")))
        .singleElement()
        .satisfies(r -> assertThat(String.valueOf(r.get("found"))).contains("phone"));
  }
}
