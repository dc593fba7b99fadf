package fi.rekisteri.rights.request;

import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import fi.rekisteri.rights.fulfilment.IntakeCodes;
import fi.rekisteri.rights.support.FakeRegister;
import fi.rekisteri.rights.support.Mailboxes;
import fi.rekisteri.rights.support.RightsStack;
import fi.rekisteri.rights.support.SmtpRelay;
import fi.rekisteri.rights.support.Superuser;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * See docs/operations.md: a request that came by email or letter gets its one-time code at intake
 * when the requester's email identifies one contact in the register: the register is searched at
 * once and the code goes to the email the register holds. Other channels, a match on the name
 * alone, and a contact without an email are left to the DPO; the request is recorded either way.
 */
@QuarkusTest
@WithTestResource(RightsStack.class)
class IntakeIdentityCodeTest {

  // the other tests run with the setting off (their intakes must not send mail); on for these
  @BeforeEach
  void codeAtIntake() {
    IntakeCodes.enable(true);
  }

  @AfterEach
  void noCodeAtIntake() {
    IntakeCodes.enable(false);
  }

  private static final Pattern CODE = Pattern.compile("vahvistuskoodinne on (\\d{6})\\.");

  private static Map<String, Object> intake(String channel, String address) {
    Map<String, Object> body = RequestApi.intake("ACCESS", address);
    body.put("channel", channel);
    return body;
  }

  @Test
  void givenEmailRequestOfOneContact_whenRecorded_thenCodeSentToTheRegistersEmailAndItVerifies()
      throws Exception {
    String address = email("intake-code");
    String id = RequestApi.create(intake("EMAIL", address));

    as("dpo")
        .get("/api/v1/requests/{id}", id)
        .then()
        .body("match.state", equalTo("ONE"))
        .body("match.subjectId", equalTo(FakeRegister.subjectId(address).toString()))
        .body("timeline.action", hasItem("MAIL_QUEUED"))
        .body("identity.verified", equalTo(false));
    await().atMost(Duration.ofSeconds(20)).until(() -> Mailboxes.to(address).size() == 1);
    String body = Mailboxes.text(Mailboxes.to(address).get(0), new ArrayList<>());
    Matcher matcher = CODE.matcher(body);
    assertThat(matcher.find()).isTrue();

    given()
        .contentType(ContentType.JSON)
        .body(Map.of("requestId", id, "code", matcher.group(1)))
        .post("/api/v1/verifications")
        .then()
        .statusCode(200)
        .body("verified", equalTo(true));
    as("dpo")
        .get("/api/v1/requests/{id}", id)
        .then()
        .body("identity.verified", equalTo(true))
        .body("identity.method", equalTo("ONE_TIME_CODE"));
  }

  @Test
  void givenCodeNotYetSent_whenDpoVerifiesOtherwise_thenCodeAndItsMessageWithdrawn()
      throws Exception {
    // the relay stalls: the code's message waits for its next attempt, with her address and name
    RightsStack.smtpRelay().mode(SmtpRelay.Mode.STALL);
    String address = email("intake-withdrawn");
    String id;
    try {
      id = RequestApi.create(intake("EMAIL", address));
      UUID request = UUID.fromString(id);
      assertThat(
              Superuser.update(
                  "update identity_code set failures = failures where request_id = ?", request))
          .isEqualTo(1);

      as("dpo")
          .body(Map.of("method", "DPO_CHECK", "note", "soitettu rekisterin numeroon"))
          .post("/api/v1/requests/{id}/identity", id)
          .then()
          .statusCode(200);

      assertThat(
              Superuser.update(
                  "update mail_message set attempts = attempts where request_id = ?"
                      + " and kind = 'IDENTITY_CODE'",
                  request))
          .as("the code's message, address and name with it")
          .isZero();
      assertThat(
              Superuser.update(
                  "update identity_code set failures = failures where request_id = ?", request))
          .isZero();
    } finally {
      RightsStack.smtpRelay().mode(SmtpRelay.Mode.PASS);
    }
    Thread.sleep(3000);
    assertThat(Mailboxes.to(address)).isEmpty();
  }

  @Test
  void givenLetterRequest_whenRecorded_thenCodeSentToo() {
    String address = email("intake-letter");
    String id = RequestApi.create(intake("LETTER", address));

    as("dpo")
        .get("/api/v1/requests/{id}", id)
        .then()
        .body("timeline.action", hasItem("MAIL_QUEUED"));
    await().atMost(Duration.ofSeconds(20)).until(() -> Mailboxes.to(address).size() == 1);
  }

  @Test
  void givenPhoneRequest_whenRecorded_thenNoSearchAndNoCode() throws Exception {
    String address = email("intake-phone");
    String id = RequestApi.create(intake("PHONE", address));

    as("dpo")
        .get("/api/v1/requests/{id}", id)
        .then()
        .body("match.state", equalTo("NOT_SEARCHED"))
        .body("timeline.action", not(hasItem("MAIL_QUEUED")));
    Thread.sleep(1500);
    assertThat(Mailboxes.to(address)).isEmpty();
  }

  @Test
  void givenNameOnlyMatch_whenRecorded_thenNoCodeAndTheDpoConfirmsTheSubject() throws Exception {
    String address = email("namesake");
    String id = RequestApi.create(intake("EMAIL", address));

    as("dpo")
        .get("/api/v1/requests/{id}", id)
        .then()
        .body("match.subjectId", nullValue())
        .body("timeline.action", not(hasItem("MAIL_QUEUED")));
    Thread.sleep(1500);
    assertThat(Mailboxes.to(address)).isEmpty();
  }

  @Test
  void givenContactWithoutEmail_whenRecorded_thenRecordedWithoutCode() throws Exception {
    String address = email("noemail");
    String id = RequestApi.create(intake("EMAIL", address));

    as("dpo")
        .get("/api/v1/requests/{id}", id)
        .then()
        .statusCode(200)
        .body("match.state", equalTo("ONE"))
        .body("timeline.action", not(hasItem("MAIL_QUEUED")));
    Thread.sleep(1500);
    assertThat(Mailboxes.to(address)).isEmpty();
  }
}
