package fi.rekisteri.register.subjectrights;

import static fi.rekisteri.register.support.Api.as;
import static fi.rekisteri.register.support.Api.asRightsService;
import static org.assertj.core.api.Assertions.assertThat;

import fi.rekisteri.register.controller.RetentionPolicy;
import fi.rekisteri.register.support.Api;
import fi.rekisteri.register.support.DemoProfile;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * See docs/promises.md: the export gives the subject's log entries one by one (time, action,
 * purpose as recorded, never the reader), capped, and the retention periods the register enforces.
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class SubjectExportLogTest {

  private static JsonPath export(String subjectId) {
    return asRightsService()
        .queryParam("requestId", "req-" + TestData.unique())
        .get("/api/v1/internal/subjects/{id}/export", subjectId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void givenReadsWithAndWithoutPurpose_whenExport_thenOneEntryEachNewestFirstWithoutTheReader() {
    String id = Api.createContact(TestData.contact());
    as("sales")
        .header("X-Purpose", "Tarjouksen valmistelu")
        .get("/api/v1/contacts/{id}", id)
        .then()
        .statusCode(200);
    as("accounting").get("/api/v1/contacts/{id}", id).then().statusCode(200);

    JsonPath export = export(id);

    // newest first: the export's own read of the preferences, the two reads, the creation
    List<Map<String, Object>> log = export.getList("log");
    assertThat(log).hasSize(4);
    assertThat(export.getLong("logTotal")).isEqualTo(4);
    assertThat(log.get(0))
        .containsEntry("action", "READ")
        .containsEntry("purpose", "data-subject-request");
    assertThat(log.get(1)).containsEntry("action", "READ").containsEntry("purpose", "accounting");
    assertThat(log.get(2))
        .containsEntry("action", "READ")
        .containsEntry("purpose", "Tarjouksen valmistelu");
    assertThat(log.get(3)).containsEntry("action", "CREATE");
    assertThat(log)
        .allSatisfy(entry -> assertThat(entry).containsOnlyKeys("at", "action", "purpose"));
    assertThat(export.getString("log[1].at")).isGreaterThanOrEqualTo(export.getString("log[2].at"));
  }

  @Test
  void givenMoreEntriesThanTheCap_whenExport_thenTheLatestListedAndTheTotalGiven() {
    String id = Api.createContact(TestData.contact());
    for (int i = 0; i < SubjectExport.LOG_LIMIT; i++) {
      as("sales").header("X-Purpose", "luku " + i).get("/api/v1/contacts/{id}", id);
    }

    JsonPath export = export(id);

    // the creation, the reads and the export's own read: the two oldest are left out
    List<String> purposes = export.getList("log.purpose");
    assertThat(purposes).hasSize(SubjectExport.LOG_LIMIT);
    assertThat(export.getLong("logTotal")).isEqualTo(SubjectExport.LOG_LIMIT + 2L);
    assertThat(purposes.get(1)).isEqualTo("luku " + (SubjectExport.LOG_LIMIT - 1));
    assertThat(purposes.get(SubjectExport.LOG_LIMIT - 1)).isEqualTo("luku 1");
    assertThat(purposes).doesNotContain("luku 0");
  }

  @Test
  void givenRetentionPolicyChanged_whenExport_thenPeriodsFollowThePolicyTheRetentionJobEnforces() {
    Map<String, Object> profile = DemoProfile.demo();
    profile.put(
        "retentionPolicy",
        Map.of(
            "customerRule", "BILLING_YEAR_PLUS_YEARS",
            "customerYears", 7,
            "consentMonths", 13,
            "auditYears", 2));
    String id = Api.createContact(TestData.contact());
    try {
      DemoProfile.put(profile);

      JsonPath export = export(id);
      JsonPath rules =
          as("dpo").get("/api/v1/retention").then().statusCode(200).extract().jsonPath();

      assertThat(export.getString("retention.customerRule")).isEqualTo("BILLING_YEAR_PLUS_YEARS");
      assertThat(export.getInt("retention.customerYears")).isEqualTo(7);
      assertThat(export.getInt("retention.consentMonths")).isEqualTo(13);
      assertThat(export.getInt("retention.auditYears"))
          .isEqualTo(2)
          .isEqualTo(rules.getInt("rules.find { it.recordType == 'AUDIT' }.period.amount"));
      assertThat(export.getInt("retention.prospectReviewMonths"))
          .isEqualTo(RetentionPolicy.DEFAULTS.prospectReviewMonths());
      assertThat(export.getInt("retention.suppressionYears"))
          .isEqualTo(rules.getInt("rules.find { it.recordType == 'SUPPRESSION' }.period.amount"));
      assertThat(export.getInt("retention.disclosureYears"))
          .isEqualTo(rules.getInt("rules.find { it.recordType == 'DISCLOSURE' }.period.amount"));
      assertThat(export.getInt("retention.voucherYears")).isEqualTo(ErasurePolicy.VOUCHER_YEARS);
      assertThat(export.getInt("retention.erasureLedgerDays"))
          .isEqualTo(
              ConfigProvider.getConfig()
                  .getValue("rekisteri.erasure-ledger.retention-days", Integer.class));
    } finally {
      DemoProfile.put();
    }
  }
}
