package fi.rekisteri.rights.delivery;

import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import fi.rekisteri.rights.support.Mailboxes;
import fi.rekisteri.rights.support.RightsStack;
import fi.rekisteri.rights.support.Superuser;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One-time identity codes (Art. 12(6)) through the real SMTP server: sent to the email the register
 * holds, entered without a login; a match verifies the identity with ONE_TIME_CODE, a mismatch is a
 * 422, the sixth try a 429, an expired code and an unknown request answer as a mismatch.
 */
@QuarkusTest
@WithTestResource(RightsStack.class)
class IdentityCodeTest {

  private static final Pattern CODE = Pattern.compile("vahvistuskoodinne on (\\d{6})\\.");

  private static String codeSentTo(String address, String id) throws Exception {
    int before = Mailboxes.to(address).size();
    as("dpo").post("/api/v1/requests/{id}/identity-code", id).then().statusCode(202);
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(20))
        .until(() -> Mailboxes.to(address).size() > before);
    MimeMessage mail = Mailboxes.to(address).get(before);
    String body = Mailboxes.text(mail, new ArrayList<>());
    assertThat(body).contains("/verify.html?request=" + id);
    Matcher matcher = CODE.matcher(body);
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }

  private static ValidatableResponse enter(String id, String code) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("requestId", id, "code", code))
        .post("/api/v1/verifications")
        .then();
  }

  private static String wrong(String code) {
    return code.equals("000000") ? "000001" : "000000";
  }

  @Test
  void givenCode_whenEnteredWithoutLogin_thenVerifiedAndHerLetterArrivesAsPdf() throws Exception {
    String address = email("code-match");
    String id = LetterSendTest.identityAsked(address);
    String code = codeSentTo(address, id);

    enter(id, code).statusCode(200).body("verified", equalTo(true));

    as("dpo")
        .get("/api/v1/requests/{id}", id)
        .then()
        .body("identity.verified", equalTo(true))
        .body("identity.method", equalTo("ONE_TIME_CODE"))
        .body("identity.verifiedBy", equalTo("system"))
        .body("timeline.action", hasItem("IDENTITY_VERIFIED"));
    // the code is used: entering it again is a mismatch
    enter(id, code).statusCode(422);
    // now her letter can be sent, as a PDF she opens without an account
    as("dpo")
        .body(Map.of("reason", "Laaja aineisto"))
        .post("/api/v1/requests/{id}/extension", id)
        .then()
        .statusCode(200);
    int before = Mailboxes.to(address).size();
    LetterSendTest.send(id, LetterSendTest.letterId(id, 1), 202);
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(20))
        .until(() -> Mailboxes.to(address).size() > before);
    List<String> attachments = new ArrayList<>();
    Mailboxes.text(Mailboxes.to(address).get(before), attachments);
    assertThat(attachments).containsExactly("application/pdf kirje-letter.pdf");
  }

  @Test
  void givenWrongCodes_whenEntered_then422FiveTimesThen429EvenForTheRightOne() throws Exception {
    String address = email("code-tries");
    String id = LetterSendTest.identityAsked(address);
    String code = codeSentTo(address, id);

    for (int i = 0; i < 5; i++) {
      enter(id, wrong(code)).statusCode(422).body("errors.field", hasItem("code"));
    }
    enter(id, code).statusCode(429);

    as("dpo").get("/api/v1/requests/{id}", id).then().body("identity.verified", equalTo(false));
  }

  @Test
  void givenExpiredCode_whenEntered_then422() throws Exception {
    String address = email("code-expired");
    String id = LetterSendTest.identityAsked(address);
    String code = codeSentTo(address, id);
    Superuser.update(
        "update identity_code set expires_at = now() - interval '1 minute' where request_id = ?",
        UUID.fromString(id));

    enter(id, code).statusCode(422);

    as("dpo").get("/api/v1/requests/{id}", id).then().body("identity.verified", equalTo(false));
  }

  @Test
  void givenUnknownRequest_whenCodeEntered_thenAnsweredAsAKnownOne() throws Exception {
    String address = email("code-unknown");
    String id = LetterSendTest.identityAsked(address);
    String code = codeSentTo(address, id);
    String unknown = UUID.randomUUID().toString();

    String known = enter(id, wrong(code)).statusCode(422).extract().body().asString();
    String other = enter(unknown, "123456").statusCode(422).extract().body().asString();

    assertThat(other).isEqualTo(known);
    for (int i = 0; i < 4; i++) {
      enter(unknown, "123456").statusCode(422);
    }
    enter(unknown, "123456").statusCode(429);
  }

  @Test
  void givenNoEmailInTheRegister_whenCodeAsked_then422NamingEmail() {
    String id = LetterSendTest.identityAsked(email("noemail-code"));

    as("dpo")
        .post("/api/v1/requests/{id}/identity-code", id)
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("email"));
  }

  @Test
  void givenDpo_whenRecordingOneTimeCodeByHand_then422NamingMethod() {
    String id = LetterSendTest.identityAsked(email("code-by-hand"));

    as("dpo")
        .body(Map.of("method", "ONE_TIME_CODE", "note", "she told me the code"))
        .post("/api/v1/requests/{id}/identity", id)
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("method"));
  }

  @Test
  void givenThreeCodesThisHour_whenAFourthAsked_then429() throws Exception {
    String address = email("code-limit");
    String id = LetterSendTest.identityAsked(address);
    for (int i = 0; i < 3; i++) {
      codeSentTo(address, id);
    }

    as("dpo").post("/api/v1/requests/{id}/identity-code", id).then().statusCode(429);
  }
}
