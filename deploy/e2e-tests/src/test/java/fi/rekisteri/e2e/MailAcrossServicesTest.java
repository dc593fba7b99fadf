package fi.rekisteri.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import fi.rekisteri.stack.TestStack;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Email delivery (docs/operations.md) across both services and a real SMTP server: a request by
 * email, a one-time code sent to the address the real register holds, entered without a login, and
 * her letter sent as a PDF with her name as the only personal data in the email.
 */
class MailAcrossServicesTest {

  private static final Pattern CODE = Pattern.compile("vahvistuskoodinne on (\\d{6})\\.");

  @BeforeAll
  static void startPlatform() {
    Platform.start();
  }

  private static RequestSpecification as(String user) {
    return given().header("Authorization", Platform.bearer(user)).contentType("application/json");
  }

  private static MimeMessage awaitMail(String address, int index) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> TestStack.mail().receivedFor(address).size() > index);
    return TestStack.mail().receivedFor(address).get(index);
  }

  @Test
  void givenCodeEnteredWithoutLogin_whenLetter_thenHerLetterArrivesAsPdfWithOnlyHerName()
      throws Exception {
    String address = "sirpa-" + UUID.randomUUID() + "@example.test";
    String lastName = "Sähkönen-" + UUID.randomUUID().toString().substring(0, 6);
    as("sales")
        .body(
            Map.of(
                "firstName",
                "Sirpa",
                "lastName",
                lastName,
                "email",
                address,
                "phone",
                "040 222 3344",
                "source",
                Map.of(
                    "channel", "EMAIL", "collectedAt", Instant.now().minusSeconds(60).toString())))
        .post(Platform.register() + "/api/v1/contacts")
        .then()
        .statusCode(201);
    String id =
        as("dpo")
            .body(
                Map.of(
                    "type", "ACCESS",
                    "channel", "EMAIL",
                    "receivedOn", LocalDate.now(ZoneId.of("Europe/Helsinki")).toString(),
                    "language", "fi",
                    "subject", Map.of("email", address, "firstName", "Sirpa", "lastName", lastName),
                    "details", "Pyydän jäljennöksen tiedoistani."))
            .post(Platform.rights() + "/api/v1/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    // the intake searched the real register at once: her email identifies one contact, so the
    // code went to the email the register holds without the DPO asking (docs/operations.md)
    as("dpo")
        .get(Platform.rights() + "/api/v1/requests/{id}", id)
        .then()
        .body("match.state", equalTo("ONE"))
        .body("timeline.action", org.hamcrest.Matchers.hasItem("MAIL_QUEUED"));
    MimeMessage codeMail = awaitMail(address, 0);
    Matcher code = CODE.matcher(codeMail.getContent().toString());
    assertThat(code.find()).isTrue();
    given()
        .contentType("application/json")
        .body(Map.of("requestId", id, "code", code.group(1)))
        .post(Platform.rights() + "/api/v1/verifications")
        .then()
        .statusCode(200);
    as("dpo")
        .get(Platform.rights() + "/api/v1/requests/{id}", id)
        .then()
        .body("identity.method", equalTo("ONE_TIME_CODE"));

    as("dpo")
        .body(Map.of("reason", "Aineisto on laaja."))
        .post(Platform.rights() + "/api/v1/requests/{id}/extension", id)
        .then()
        .statusCode(200);
    String letterId =
        as("dpo").get(Platform.rights() + "/api/v1/requests/{id}/letters", id).path("[0].id");
    as("dpo")
        .post(Platform.rights() + "/api/v1/requests/{id}/letters/{letterId}/send", id, letterId)
        .then()
        .statusCode(202);

    MimeMessage letter = awaitMail(address, 1);
    assertThat(letter.getAllRecipients()).extracting(Object::toString).containsExactly(address);
    Multipart parts = (Multipart) letter.getContent();
    String text = parts.getBodyPart(0).getContent().toString();
    assertThat(text)
        .contains("Hyvä Sirpa " + lastName + ",")
        .doesNotContain(address)
        .doesNotContain("040")
        .doesNotContain("laaja");
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("application/pdf");
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                as("dpo")
                    .get(Platform.rights() + "/api/v1/requests/{id}/letters", id)
                    .then()
                    .body("[0].delivery.state", equalTo("SENT")));
  }
}
