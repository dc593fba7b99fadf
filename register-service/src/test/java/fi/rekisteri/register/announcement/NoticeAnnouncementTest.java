package fi.rekisteri.register.announcement;

import static fi.rekisteri.register.support.Api.as;
import static fi.rekisteri.register.support.Api.asRightsService;
import static fi.rekisteri.register.support.Api.createContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.Superuser;
import fi.rekisteri.register.support.TestData;
import fi.rekisteri.stack.FinnishText;
import fi.rekisteri.stack.TestStack;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A significant privacy notice version is announced by email, through the tests' real SMTP server
 * (GreenMail), to every eligible contact exactly once, also when the job is interrupted midway;
 * restricted, erased, erasure-held, banned, objecting and email-less contacts get nothing.
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class NoticeAnnouncementTest {

  @Inject NoticeAnnouncementJob job;
  @Inject EntityManager em;

  @Test
  void givenSignificantVersion_whenJobRuns_thenEachEligibleContactAnnouncedOnce() throws Exception {
    List<Map<String, Object>> eligible = new ArrayList<>();
    List<String> eligibleIds = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Map<String, Object> body = TestData.contact();
      eligible.add(body);
      eligibleIds.add(createContact(body));
    }
    List<String> excluded = new ArrayList<>();
    // restricted through the rights service's command, as a restriction request does
    Map<String, Object> restricted = TestData.contact();
    String restrictedId = createContact(restricted);
    asRightsService()
        .body(Map.of("requestId", "req-" + TestData.unique()))
        .post("/api/v1/internal/subjects/{id}/restrict", restrictedId)
        .then()
        .statusCode(200);
    excluded.add((String) restricted.get("email"));
    excluded.add(ineligible("UPDATE contact SET erased_at = now() WHERE id = ?"));
    excluded.add(ineligible("UPDATE contact SET objected_direct_marketing = true WHERE id = ?"));
    excluded.add(
        ineligible(
            "INSERT INTO erasure_hold (subject_id, category, ground, legal_basis, created_at,"
                + " updated_at) VALUES (?, 'ACCOUNTING_VOUCHERS', 'ACCOUNTING_ACT',"
                + " 'LEGAL_OBLIGATION', now(), now())"));
    excluded.add(
        ineligible(
            "INSERT INTO preference_change (id, contact_id, kind, granted, source_channel,"
                + " source_collected_at, recorded_at, recorded_by) VALUES (gen_random_uuid(), ?,"
                + " 'DIRECT_MARKETING_BAN', true, 'WEB_FORM', now(), now(), 'test')"));
    Map<String, Object> noEmail = TestData.contact();
    noEmail.remove("email");
    String noEmailId = createContact(noEmail);

    int version = saveProfile(true, "Uusi käsittelijä");

    // a first run, then a restart that has lost where queuing got to: nobody is sent twice
    job.runOnce();
    Superuser.update(
        "UPDATE notice_announcement SET cursor_id = NULL, queued_all_at = NULL WHERE version = ?",
        version);
    runToEnd(version);
    Superuser.update(
        "UPDATE notice_announcement SET cursor_id = NULL, queued_all_at = NULL WHERE version = ?",
        version);
    runToEnd(version);

    for (int i = 0; i < eligible.size(); i++) {
      Map<String, Object> body = eligible.get(i);
      List<MimeMessage> received = TestStack.mail().receivedFor((String) body.get("email"));
      assertThat(received).hasSize(1);
      MimeMessage message = received.get(0);
      assertThat(message.getSubject()).isEqualTo(NoticeAnnouncementText.SUBJECT);
      String text = message.getContent().toString().replace("\r\n", "\n");
      String name = body.get("firstName") + " " + body.get("lastName");
      assertThat(text)
          .startsWith("Hyvä " + name + ",")
          .contains("Dear " + name + ",")
          .contains("/privacy-notice#changes")
          .contains("/privacy-notice?lang=en#changes")
          .doesNotContain((String) body.get("email"))
          .doesNotContain((String) body.get("phone"))
          .doesNotContain((String) body.get("notes"))
          .doesNotContain(eligibleIds.get(i));
      assertThat(FinnishText.problems(NoticeAnnouncementText.finnish(text))).isEmpty();
      // the processor that mails for the controller is in the subject's ledger, once
      as("dpo")
          .queryParam("subjectId", eligibleIds.get(i))
          .get("/api/v1/disclosures")
          .then()
          .statusCode(200)
          .body("items.findAll { it.purpose.contains('privacy notice') }.size()", equalTo(1))
          .body("items.recipient", hasItem("Uutiskirje Palvelu Oy"));
    }
    for (String email : excluded) {
      assertThat(TestStack.mail().receivedFor(email)).as(email).isEmpty();
    }
    Number noEmailMessages =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    (Number)
                        em.createNativeQuery(
                                "SELECT count(*) FROM notice_announcement_message"
                                    + " WHERE contact_id = ?1")
                            .setParameter(1, UUID.fromString(noEmailId))
                            .getSingleResult());
    assertThat(noEmailMessages.intValue()).isZero();

    JsonPath progress =
        as("dpo")
            .get("/api/v1/controller/versions/" + version + "/announcement")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(progress.getBoolean("significant")).isTrue();
    assertThat(progress.getInt("queued")).isZero();
    assertThat(progress.getLong("sent")).isGreaterThanOrEqualTo(3);
    assertThat(progress.getString("queuedAll")).isNotNull();
    as("sales")
        .get("/api/v1/controller/versions/" + version + "/announcement")
        .then()
        .statusCode(403);
  }

  @Test
  void givenVersionNotSignificant_whenJobRuns_thenNothingSent() throws Exception {
    Map<String, Object> body = TestData.contact();
    createContact(body);
    int version = saveProfile(false, "Korjattu kirjoitusvirhe");

    job.runOnce();
    job.runOnce();

    assertThat(TestStack.mail().receivedFor((String) body.get("email"))).isEmpty();
    as("dpo")
        .get("/api/v1/controller/versions/" + version + "/announcement")
        .then()
        .statusCode(200)
        .body("significant", equalTo(false))
        .body("startedAt", nullValue())
        .body("sent", equalTo(0));
    as("dpo").get("/api/v1/controller/versions/999999/announcement").then().statusCode(404);
    as("dpo")
        .get("/api/v1/controller/versions")
        .then()
        .statusCode(200)
        .body("find { it.number == " + version + " }.significant", equalTo(false));
  }

  /** A contact with an email, made ineligible by {@code sql} (its id the one parameter). */
  private static String ineligible(String sql) {
    Map<String, Object> body = TestData.contact();
    String id = createContact(body);
    Superuser.update(sql, UUID.fromString(id));
    return (String) body.get("email");
  }

  private void runToEnd(int version) {
    for (int run = 0; run < 1000; run++) {
      job.runOnce();
      JsonPath progress =
          as("dpo")
              .get("/api/v1/controller/versions/" + version + "/announcement")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      if (progress.getString("queuedAll") != null && progress.getInt("queued") == 0) {
        return;
      }
    }
    throw new AssertionError("the announcement did not finish");
  }

  /** Saves the demo profile as a new version, significant or not; its number. */
  private static int saveProfile(boolean significant, String note) throws Exception {
    Map<String, Object> profile;
    try (InputStream in =
        NoticeAnnouncementTest.class.getResourceAsStream("/demo/demo-data.json")) {
      profile = JsonPath.from(in).getMap("controllerProfile");
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> processors = (List<Map<String, Object>>) profile.get("processors");
    for (Map<String, Object> processor : processors) {
      if ("Uutiskirje Palvelu Oy".equals(processor.get("name"))) {
        processor.put("receives", List.of("EMAIL_MARKETING", NoticeAnnouncementJob.MAILING));
      }
    }
    String etag = as("admin").get("/api/v1/controller").then().extract().header("ETag");
    var request = as("admin").header("X-Change-Note", note);
    if (etag != null) {
      request = request.header("If-Match", etag);
    }
    if (significant) {
      request = request.header("X-Significant-Change", "true");
    }
    return request
        .body(profile)
        .put("/api/v1/controller")
        .then()
        .statusCode(200)
        .extract()
        .path("versionNumber");
  }
}
