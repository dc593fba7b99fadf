package fi.rekisteri.register.subjectrights;

import static fi.rekisteri.register.support.Api.as;
import static fi.rekisteri.register.support.Api.asRightsService;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.rekisteri.platform.audit.AuditHeadPublisher;
import fi.rekisteri.register.outbox.EventContract;
import fi.rekisteri.register.retention.RetentionRecords.RecordType;
import fi.rekisteri.register.retention.RetentionRecords.RunView;
import fi.rekisteri.register.subjectrights.ErasureCodes.KeptCategory;
import fi.rekisteri.register.support.Api;
import fi.rekisteri.register.support.DemoProfile;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.Superuser;
import fi.rekisteri.register.support.TestData;
import fi.rekisteri.stack.TestStack;
import fi.rekisteri.stack.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * R16 and R10: the retention job finishes partial erasures when their holds end and enforces the
 * retention policy by record type. Every date is injected ({@code run(LocalDate)}); the data are
 * dated relative to the moment the test runs, never to a calendar date. The database is shared with
 * the other test classes, so the tests age their own rows (SQL) rather than run years ahead, and
 * the furthest run is the day after this year's end.
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class RetentionJobTest {

  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final EventContract CONTRACT = new EventContract();

  @Inject RetentionJob job;
  @Inject AuditHeadPublisher headPublisher;
  @Inject ErasureHoldRepository holds;
  @Inject EntityManager entityManager;

  private static LocalDate today() {
    return LocalDate.now(HELSINKI);
  }

  @Test
  void
      givenPartiallyErasedContactWhoseInvoiceIsPaid_whenRun_thenHoldsEndOneByOneAndContactIsErased()
          throws Exception {
    Map<String, Object> person = TestData.contact();
    person.put(
        "billingAddress",
        Map.of("street", "Laskutie 1", "postalCode", "00100", "city", "Helsinki"));
    String id = Api.createContact(person);
    UUID subject = UUID.fromString(id);
    // issued six years back: the voucher period ends at the end of this year
    LocalDate issued = LocalDate.of(today().getYear() - 6, 6, 1);
    String invoiceId = Api.createInvoice(id, issued);
    LocalDate voucherEnd = LocalDate.of(issued.getYear() + 6, 12, 31);
    asRightsService()
        .body(Map.of("requestId", "req-" + TestData.unique()))
        .post("/api/v1/internal/subjects/{id}/erase", id)
        .then()
        .statusCode(200)
        .body("outcome", equalTo("PARTIALLY_ERASED"));
    assertThat(holdsOf(subject))
        .containsEntry(KeptCategory.OPEN_INVOICES, "open")
        .containsEntry(KeptCategory.ACCOUNTING_VOUCHERS, voucherEnd.toString());

    // the job before payment: the claim is still open, nothing ends
    job.run(today());
    assertThat(holdsOf(subject))
        .containsOnlyKeys(KeptCategory.OPEN_INVOICES, KeptCategory.ACCOUNTING_VOUCHERS);

    as("accounting")
        .header("If-Match", "\"0\"")
        .body(Map.of("status", "PAID"))
        .put("/api/v1/invoices/{id}/status", invoiceId)
        .then()
        .statusCode(200);
    RunView afterPayment = job.run(today());

    assertThat(afterPayment.counts()).containsEntry(RecordType.ERASURE_HOLD.name(), 1L);
    assertThat(holdsOf(subject))
        .containsOnly(Map.entry(KeptCategory.ACCOUNTING_VOUCHERS, voucherEnd.toString()));
    assertThat(contactRow(subject)[0]).as("name kept for the voucher").isNotNull();

    // the last day of the voucher period: still kept
    job.run(voucherEnd);
    assertThat(holdsOf(subject)).containsOnlyKeys(KeptCategory.ACCOUNTING_VOUCHERS);
    assertThat(invoiceContact(invoiceId)).isEqualTo(id);

    RunView afterPeriod = job.run(voucherEnd.plusDays(1));

    assertThat(afterPeriod.counts()).containsEntry(RecordType.ERASURE_HOLD.name(), 1L);
    assertThat(holdsOf(subject)).isEmpty();
    assertThat(invoiceContact(invoiceId)).as("invoice no longer the person's").isNull();
    assertThat(contactRow(subject)).as("first name, last name, billing street").containsOnlyNulls();

    List<ConsumerRecord<String, String>> records =
        TopicReader.readUntil(
            List.of("contact.events"),
            Duration.ofSeconds(30),
            read -> erasedEvents(read, id).size() >= 3);
    List<ConsumerRecord<String, String>> erased = erasedEvents(records, id);
    assertThat(erased).hasSize(3);
    for (ConsumerRecord<String, String> record : erased) {
      assertThat(CONTRACT.violations(JSON.readTree(record.value()))).isEmpty();
    }
    JsonNode claimSettled = JSON.readTree(erased.get(1).value()).get("body");
    assertThat(claimSettled.get("erased")).isEmpty();
    assertThat(claimSettled.get("kept").toString()).isEqualTo("[\"ACCOUNTING_VOUCHERS\"]");
    JsonNode periodOver = JSON.readTree(erased.get(2).value()).get("body");
    assertThat(periodOver.get("erased").toString())
        .isEqualTo("[\"INVOICE_BUYER_DETAILS\",\"CONTACT_RECORD\"]");
    assertThat(periodOver.get("kept")).isEmpty();
  }

  @Test
  void givenProspectWithoutRelationship_whenRun_thenErasedOnlyAfterTheReviewPeriod() {
    String id = Api.createContact(TestData.contact());
    age("UPDATE contact SET created_at = now() - interval '23 months' WHERE id = ?1", id);

    RunView before = job.run(today());
    as("dpo").get("/api/v1/contacts/{id}", id).then().statusCode(200);

    age("UPDATE contact SET created_at = now() - interval '24 months 2 days' WHERE id = ?1", id);
    RunView after = job.run(today());

    as("dpo").get("/api/v1/contacts/{id}", id).then().statusCode(404);
    assertThat(contactRow(UUID.fromString(id))).containsOnlyNulls();
    assertThat(after.counts().get(RecordType.PROSPECT.name())).isGreaterThanOrEqualTo(1L);
    assertThat(before.counts()).containsKey(RecordType.PROSPECT.name());
  }

  @Test
  void givenProspectOfAnOrganisation_whenRun_thenErasedCompletelyOnceOverTwoNights()
      throws Exception {
    // R16: a prospect is no acting contact person, whatever organisation it is linked to
    Map<String, Object> prospect = TestData.contact();
    prospect.put("organisationId", Api.createOrganisation());
    prospect.put("title", "Ostopäällikkö");
    String id = Api.createContact(prospect);
    UUID subject = UUID.fromString(id);
    age("UPDATE contact SET created_at = now() - interval '24 months 2 days' WHERE id = ?1", id);

    job.run(today());
    job.run(today().plusDays(1));

    assertThat(personalColumns(subject)).as("name, title, email, phone, notes").containsOnlyNulls();
    assertThat(erasedAt(subject)).isNotNull();
    assertThat(holdsOf(subject)).isEmpty();
    List<JsonNode> erased = erasuresPublished(subject);
    assertThat(erased).hasSize(1);
    // the form the rights service reads as "the period ended" to make its Art. 19 tasks
    // (RetentionNotices): retention:<day>:<subject>
    assertThat(erased.get(0).get("requestId").asText())
        .isEqualTo("retention:" + today() + ":" + subject);
    assertThat(erased.get(0).get("erased").toString()).contains("\"CONTACT_RECORD\"");
    assertThat(erased.get(0).get("kept")).isEmpty();
  }

  @Test
  void givenRoleKeptWhileTheOrganisationStopsBeingACustomer_whenRun_thenErasedCompletelyOnce()
      throws Exception {
    String organisation = Api.createOrganisation();
    Map<String, Object> colleague = TestData.contact();
    colleague.put("organisationId", organisation);
    String colleagueId = Api.createContact(colleague);
    // the organisation is a customer through a colleague's order of this month
    String orderId =
        as("sales")
            .body(TestData.order(colleagueId))
            .post("/api/v1/orders")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Map<String, Object> person = TestData.contact();
    person.put("organisationId", organisation);
    person.put("title", "Hankintapäällikkö");
    person.put("relationshipStart", today().minusYears(3).toString());
    String id = Api.createContact(person);
    UUID subject = UUID.fromString(id);
    String requestId = "req-" + TestData.unique();
    asRightsService()
        .body(Map.of("requestId", requestId))
        .post("/api/v1/internal/subjects/{id}/erase", id)
        .then()
        .statusCode(200)
        .body("outcome", equalTo("PARTIALLY_ERASED"))
        .body("kept.category", org.hamcrest.Matchers.contains("CONTACT_PERSON_ROLE"));

    // still acting: the role is kept
    job.run(today());
    assertThat(holdsOf(subject)).containsOnlyKeys(KeptCategory.CONTACT_PERSON_ROLE);
    assertThat(personalColumns(subject)[0]).as("first name").isNotNull();

    // the organisation's last order is 24 months and a day old: no longer a customer
    age(
        "UPDATE customer_order SET order_date = CAST(now() AS date) - interval '24 months 1 day'"
            + " WHERE id = ?1",
        orderId);
    job.run(today());
    job.run(today().plusDays(1));

    assertThat(holdsOf(subject)).isEmpty();
    assertThat(personalColumns(subject)).containsOnlyNulls();
    assertThat(erasedAt(subject)).isNotNull();
    List<JsonNode> erased = erasuresPublished(subject);
    assertThat(erased)
        .extracting(e -> e.get("requestId").asText())
        .as("one ContactErased for the request, one for the end of the role")
        .hasSize(2)
        .contains(requestId)
        // the form the rights service reads as "a hold ended" (RetentionNotices): retention:<day>
        .anySatisfy(reason -> assertThat(reason).matches("retention:\\d{4}-\\d{2}-\\d{2}"));
    assertThat(erased.get(1).get("erased").toString()).contains("\"CONTACT_RECORD\"");
    assertThat(erased.get(1).get("kept")).isEmpty();
  }

  @Test
  void givenCustomerKeptForItsVouchers_whenRun_thenNotErasedAgainTheNextNight() throws Exception {
    // the relationship ended over ten years ago (due), a voucher of last year is kept
    Map<String, Object> customer = TestData.contact();
    customer.put(
        "billingAddress",
        Map.of("street", "Laskutie 1", "postalCode", "00100", "city", "Helsinki"));
    customer.put("relationshipStart", today().minusYears(13).toString());
    customer.put("relationshipEnd", today().minusYears(10).minusDays(2).toString());
    String id = Api.createContact(customer);
    UUID subject = UUID.fromString(id);
    Api.createInvoice(id, today().minusYears(1));

    job.run(today());
    job.run(today().plusDays(1));

    Object[] row = personalColumns(subject);
    assertThat(row[1]).as("last name kept for the voucher").isNotNull();
    assertThat(new Object[] {row[2], row[3], row[4], row[5]})
        .as("title, email, phone, notes")
        .containsOnlyNulls();
    assertThat(holdsOf(subject)).containsKey(KeptCategory.ACCOUNTING_VOUCHERS);
    List<JsonNode> erased = erasuresPublished(subject);
    assertThat(erased).as("one ContactErased, not one a night").hasSize(1);
    assertThat(erased.get(0).get("requestId").asText()).startsWith("retention:");
    assertThat(erased.get(0).get("kept").toString()).contains("\"ACCOUNTING_VOUCHERS\"");
  }

  @Test
  void givenInvoicePaidInALaterYear_whenErasedAndRun_thenThePaymentsVoucherHoldsTheInvoice() {
    Map<String, Object> person = TestData.contact();
    person.put(
        "billingAddress",
        Map.of("street", "Laskutie 1", "postalCode", "00100", "city", "Helsinki"));
    String id = Api.createContact(person);
    UUID subject = UUID.fromString(id);
    // the invoice's own voucher ended last New Year's Eve; its payment, a year later, runs to the
    // end of this year
    LocalDate issued = LocalDate.of(today().getYear() - 7, 12, 1);
    String invoiceId = Api.createInvoice(id, issued);
    pay(invoiceId, LocalDate.of(today().getYear() - 6, 1, 15));
    LocalDate paymentVoucherEnd = LocalDate.of(today().getYear(), 12, 31);

    asRightsService()
        .body(Map.of("requestId", "req-" + TestData.unique()))
        .post("/api/v1/internal/subjects/{id}/erase", id)
        .then()
        .statusCode(200)
        .body("outcome", equalTo("PARTIALLY_ERASED"));
    assertThat(holdsOf(subject))
        .containsOnly(Map.entry(KeptCategory.ACCOUNTING_VOUCHERS, paymentVoucherEnd.toString()));

    job.run(paymentVoucherEnd);
    assertThat(invoiceContact(invoiceId)).as("kept for the payment's voucher").isEqualTo(id);

    job.run(paymentVoucherEnd.plusDays(1));
    assertThat(holdsOf(subject)).isEmpty();
    assertThat(invoiceContact(invoiceId)).isNull();
  }

  @Test
  void givenLedgerRowsOfInvoicesPastFiveYears_whenRun_thenKeptWhileTheirVouchersAreKept() {
    DemoProfile.put();
    int year = today().getYear();
    // vouchers ended last New Year's Eve: the row goes
    String ended = invoicedContact(LocalDate.of(year - 7, 6, 1));
    // vouchers kept to the end of this year: the rows stay
    String issuedSixYearsBack = invoicedContact(LocalDate.of(year - 6, 6, 1));
    String paidSixYearsBack = invoicedContact(LocalDate.of(year - 7, 6, 1));
    pay(invoiceOf(paidSixYearsBack), LocalDate.of(year - 6, 2, 1));
    // written before rows named their invoice (V22): it describes the subject's invoices
    String legacyRow = invoicedContact(LocalDate.of(year - 6, 6, 1));
    age("UPDATE disclosure SET record_id = NULL WHERE subject_id = ?1", legacyRow);
    for (String id : List.of(ended, issuedSixYearsBack, paidSixYearsBack, legacyRow)) {
      assertThat(disclosures(id)).as("the accounting firm received the invoice").isEqualTo(1);
      age(
          "UPDATE disclosure SET disclosed_at = now() - interval '6 years' WHERE subject_id = ?1",
          id);
    }

    job.run(today());

    assertThat(disclosures(ended)).as("no voucher left").isZero();
    assertThat(disclosures(issuedSixYearsBack)).as("the invoice's voucher is kept").isEqualTo(1);
    assertThat(disclosures(paidSixYearsBack)).as("the payment's voucher is kept").isEqualTo(1);
    assertThat(disclosures(legacyRow)).as("the subject's invoice is kept").isEqualTo(1);
  }

  @Test
  void givenFinancialYearFromJuly_whenRun_thenALedgerRowIsKeptByItsPeriodsEnd() {
    Map<String, Object> profile = DemoProfile.demo();
    profile.put("financialYearStart", "07-01");
    DemoProfile.put(profile);
    try {
      int year = today().getYear();
      // the period 1.7.(year-7) to 30.6.(year-6) ends six years back: kept to the end of this
      // year, where a calendar year would have ended it last New Year's Eve
      String august = invoicedContact(LocalDate.of(year - 7, 8, 15));
      // the period before ended seven years back
      String march = invoicedContact(LocalDate.of(year - 7, 3, 15));
      for (String id : List.of(august, march)) {
        age(
            "UPDATE disclosure SET disclosed_at = now() - interval '6 years' WHERE subject_id ="
                + " ?1",
            id);
      }

      job.run(today());

      assertThat(disclosures(august)).isEqualTo(1);
      assertThat(disclosures(march)).isZero();
      as("dpo")
          .get("/api/v1/retention")
          .then()
          .statusCode(200)
          .body(
              "rules.find { it.recordType == 'DISCLOSURE' }.description",
              containsString("6 vuotta sen vuoden lopusta, jonka aikana tilikausi päättyi"));
    } finally {
      DemoProfile.put();
    }
  }

  @Test
  void givenConsentNotRenewed_whenRun_thenItLapsesAsAWithdrawalBySystem() {
    Map<String, Object> customer = TestData.contact();
    customer.put("relationshipStart", today().minusYears(1).toString());
    String id = Api.createContact(customer);
    grantConsent(id, "EMAIL");

    age(
        "UPDATE preference_change SET recorded_at = now() - interval '23 months'"
            + " WHERE contact_id = ?1",
        id);
    job.run(today());
    assertThat(history(id)).hasSize(1);

    age(
        "UPDATE preference_change SET recorded_at = now() - interval '24 months 2 days'"
            + " WHERE contact_id = ?1",
        id);
    RunView lapsed = job.run(today());

    List<Map<String, Object>> history = history(id);
    assertThat(history).hasSize(2);
    assertThat(history.get(1))
        .containsEntry("granted", false)
        .containsEntry("kind", "DIRECT_MARKETING_CONSENT");
    assertThat(history.get(1).get("source").toString()).contains("SYSTEM");
    assertThat(lapsed.counts().get(RecordType.CONSENT.name())).isGreaterThanOrEqualTo(1L);
    // lapsed once only
    job.run(today());
    assertThat(history(id)).hasSize(2);
  }

  @Test
  void givenMoreDueThanOnePage_whenRun_thenEveryOneIsHandledAcrossThePages() {
    // the tests read what falls due two ids at a time (rekisteri.retention.page-size): five
    // prospects and three contacts with two lapsing consents each cross several pages, and a page
    // of consents that ends inside a contact's channels leaves that contact for the next page
    List<String> prospects = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String id = Api.createContact(TestData.contact());
      age("UPDATE contact SET created_at = now() - interval '24 months 2 days' WHERE id = ?1", id);
      prospects.add(id);
    }
    List<String> consenting = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Map<String, Object> customer = TestData.contact();
      customer.put("relationshipStart", today().minusYears(1).toString());
      String id = Api.createContact(customer);
      grantConsent(id, "EMAIL");
      grantConsent(id, "POST");
      age(
          "UPDATE preference_change SET recorded_at = now() - interval '24 months 2 days'"
              + " WHERE contact_id = ?1",
          id);
      consenting.add(id);
    }

    RunView run = job.run(today());

    for (String id : prospects) {
      as("dpo").get("/api/v1/contacts/{id}", id).then().statusCode(404);
    }
    for (String id : consenting) {
      List<Map<String, Object>> history = history(id);
      assertThat(history).as("both channels of %s lapsed once", id).hasSize(4);
      assertThat(history.subList(2, 4))
          .allSatisfy(change -> assertThat(change).containsEntry("granted", false))
          .extracting(change -> change.get("channel"))
          .containsExactlyInAnyOrder("EMAIL", "POST");
    }
    assertThat(run.counts().get(RecordType.PROSPECT.name())).isGreaterThanOrEqualTo(5L);
    assertThat(run.counts().get(RecordType.CONSENT.name())).isGreaterThanOrEqualTo(6L);
  }

  @Test
  void givenCustomerDueWithinThirtyDays_whenRun_thenCountedAsDueButNotErasedYet() {
    Map<String, Object> customer = TestData.contact();
    customer.put("relationshipStart", today().minusYears(12).toString());
    customer.put("relationshipEnd", today().minusYears(10).plusDays(10).toString());
    String id = Api.createContact(customer);

    as("dpo")
        .get("/api/v1/retention")
        .then()
        .statusCode(200)
        .body("rules.recordType", hasItem("CUSTOMER"))
        .body(
            "rules.find { it.recordType == 'CUSTOMER' }.dueNext30Days",
            org.hamcrest.Matchers.greaterThanOrEqualTo(1))
        .body(
            "rules.find { it.recordType == 'CUSTOMER' }.rule",
            equalTo("RELATIONSHIP_END_PLUS_YEARS"))
        .body("rules.find { it.recordType == 'CUSTOMER' }.period.amount", equalTo(10))
        .body(
            "rules.find { it.recordType == 'CUSTOMER' }.description",
            startsWith("Asiakkaan tiedot"));
    job.run(today());
    as("dpo").get("/api/v1/contacts/{id}", id).then().statusCode(200);

    job.run(today().plusDays(11));
    as("dpo").get("/api/v1/contacts/{id}", id).then().statusCode(404);
  }

  @Test
  void givenRolesAndLanguages_whenRules_thenDpoAndAdminReadInTheirLanguageOthersRefused() {
    JsonPath english =
        as("admin")
            .header("Accept-Language", "en-GB,en;q=0.8")
            .get("/api/v1/retention")
            .then()
            .statusCode(200)
            .body("language", equalTo("en"))
            .body("rules", hasSize(RecordType.values().length))
            .extract()
            .jsonPath();
    assertThat(english.getString("rules.find { it.recordType == 'ACCESS_COPY' }.enforcedBy"))
        .isEqualTo("rights-service");
    assertThat(english.getString("rules.find { it.recordType == 'AUDIT' }.description"))
        .isEqualTo("Audit log entries are deleted after 3 years.");
    given().get("/api/v1/retention").then().statusCode(401);
    as("sales").get("/api/v1/retention").then().statusCode(403);
    as("accounting").get("/api/v1/retention/runs").then().statusCode(403);
    given().get("/api/v1/retention/runs").then().statusCode(401);
  }

  @Test
  void givenOldAuditEntriesAndAProspect_whenRuns_thenDatedReportCountsByRecordTypeForTheDpo() {
    String prospect = Api.createContact(TestData.contact());
    as("dpo").get("/api/v1/contacts/{id}", prospect).then().statusCode(200);
    // the head published outside the database, as the scheduled publication leaves it
    assertThat(headPublisher.publish()).isPresent();
    // the audit table refuses the service user's UPDATE: the superuser ages the chain's oldest
    // entries up to the prospect's read, which also breaks their hashes (pruning removes them)
    Superuser.update(
        "UPDATE audit_entry SET occurred_at = now() - interval '3 years 2 days' WHERE id <="
            + " (SELECT max(id) FROM audit_entry WHERE subject_id = ?)",
        UUID.fromString(prospect));
    age("UPDATE contact SET created_at = now() - interval '3 years' WHERE id = ?1", prospect);
    LocalDate day = today();

    RunView run = job.run(day);

    assertThat(run.counts().keySet())
        .containsExactlyInAnyOrder(
            "ERASURE_HOLD",
            "CUSTOMER",
            "PROSPECT",
            "CONSENT",
            "SUPPRESSION",
            "AUDIT",
            "DISCLOSURE");
    assertThat(run.counts().get("AUDIT")).as("audit entries past 3 years").isPositive();
    as("dpo")
        .get("/api/v1/audit/verify")
        .then()
        .statusCode(200)
        .body("valid", equalTo(true))
        .body("firstBrokenId", org.hamcrest.Matchers.nullValue());
    assertThat(run.counts().get("PROSPECT")).isPositive();
    as("dpo")
        .get("/api/v1/retention/runs")
        .then()
        .statusCode(200)
        .body("items.runDate", hasItem(day.toString()))
        .body(
            "items.find { it.runDate == '" + day + "' }.counts.AUDIT",
            org.hamcrest.Matchers.greaterThan(0));
    as("dpo").get("/api/v1/retention/runs?limit=0").then().statusCode(400);
  }

  // ---- helpers

  /** Ages one subject's rows by SQL, so the job can run on today's date. */
  private static void grantConsent(String id, String channel) {
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
                    "channel",
                    "WEB_FORM",
                    "collectedAt",
                    Instant.now().minusSeconds(5).toString())))
        .post("/api/v1/contacts/{id}/preferences", id)
        .then()
        .statusCode(201);
  }

  /** A new contact with one invoice of the day (the demo profile's accounting firm receives it). */
  private static String invoicedContact(LocalDate issued) {
    String id = Api.createContact(TestData.contact());
    Api.createInvoice(id, issued);
    return id;
  }

  private static void pay(String invoiceId, LocalDate paidOn) {
    as("accounting")
        .body(Map.of("paidOn", paidOn.toString(), "amount", new java.math.BigDecimal("100.00")))
        .post("/api/v1/invoices/{id}/payments", invoiceId)
        .then()
        .statusCode(201);
  }

  private String invoiceOf(String contactId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                entityManager
                    .createNativeQuery("SELECT id FROM invoice WHERE contact_id = ?1")
                    .setParameter(1, UUID.fromString(contactId))
                    .getSingleResult()
                    .toString());
  }

  private long disclosures(String subjectId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        entityManager
                            .createNativeQuery(
                                "SELECT count(*) FROM disclosure WHERE subject_id = ?1"
                                    + " AND record_type = 'INVOICES'")
                            .setParameter(1, UUID.fromString(subjectId))
                            .getSingleResult())
                    .longValue());
  }

  private void age(String sql, String id) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entityManager
                    .createNativeQuery(sql)
                    .setParameter(1, UUID.fromString(id))
                    .executeUpdate());
  }

  private Map<KeptCategory, String> holdsOf(UUID subject) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                holds.forSubject(subject).stream()
                    .collect(
                        java.util.stream.Collectors.toMap(
                            ErasureHold::category,
                            h -> h.kept().until() == null ? "open" : h.kept().until().toString())));
  }

  private Object[] contactRow(UUID subject) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                (Object[])
                    entityManager
                        .createNativeQuery(
                            "SELECT first_name, last_name, billing_street FROM contact WHERE id = ?1")
                        .setParameter(1, subject)
                        .getSingleResult());
  }

  private Object[] personalColumns(UUID subject) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                (Object[])
                    entityManager
                        .createNativeQuery(
                            "SELECT first_name, last_name, title, email, phone, notes FROM contact"
                                + " WHERE id = ?1")
                        .setParameter(1, subject)
                        .getSingleResult());
  }

  private Object erasedAt(UUID subject) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                entityManager
                    .createNativeQuery("SELECT erased_at FROM contact WHERE id = ?1")
                    .setParameter(1, subject)
                    .getSingleResult());
  }

  /**
   * The bodies of every ContactErased the register published for the subject, in order: once the
   * relay has sent all of the subject's events written so far, the topic is read to its end.
   */
  private List<JsonNode> erasuresPublished(UUID subject) throws Exception {
    Instant deadline = Instant.now().plusSeconds(30);
    while (pendingEvents(subject) > 0) {
      assertThat(Instant.now()).as("the outbox relay sent the subject's events").isBefore(deadline);
      Thread.sleep(200);
    }
    List<JsonNode> bodies = new ArrayList<>();
    Properties config = new Properties();
    config.putAll(TestStack.kafka().adminSettings());
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
      List<TopicPartition> partitions =
          consumer.partitionsFor("contact.events", Duration.ofSeconds(10)).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        assertThat(Instant.now()).as("read contact.events to its end").isBefore(deadline);
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
          JsonNode event = JSON.readTree(record.value());
          if (subject.toString().equals(record.key())
              && "ContactErased".equals(event.path("eventType").asText())) {
            bodies.add(event.get("body"));
          }
        }
      }
    }
    return bodies;
  }

  private long pendingEvents(UUID subject) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        entityManager
                            .createNativeQuery(
                                "SELECT count(*) FROM outbox_event WHERE subject_id = ?1")
                            .setParameter(1, subject)
                            .getSingleResult())
                    .longValue());
  }

  private String invoiceContact(String invoiceId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Object contact =
                  entityManager
                      .createNativeQuery("SELECT contact_id FROM invoice WHERE id = ?1")
                      .setParameter(1, UUID.fromString(invoiceId))
                      .getSingleResult();
              return contact == null ? null : contact.toString();
            });
  }

  private static List<Map<String, Object>> history(String id) {
    return as("sales")
        .get("/api/v1/contacts/{id}/preferences", id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("history");
  }

  private static List<ConsumerRecord<String, String>> erasedEvents(
      List<ConsumerRecord<String, String>> records, String id) {
    return records.stream()
        .filter(r -> id.equals(r.key()) && r.value().contains("\"ContactErased\""))
        .toList();
  }
}
