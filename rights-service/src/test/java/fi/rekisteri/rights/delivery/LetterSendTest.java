package fi.rekisteri.rights.delivery;

import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import fi.rekisteri.rights.request.RequestApi;
import fi.rekisteri.rights.support.FakeRegister;
import fi.rekisteri.rights.support.Mailboxes;
import fi.rekisteri.rights.support.RightsStack;
import fi.rekisteri.rights.support.SmtpRelay;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Letters sent by email through the tests' real SMTP server (GreenMail): to the email the register
 * holds, with no personal data in the email beyond the addressee's name, once; the relay down, an
 * address it cannot take; every state on the letter and the request's timeline.
 */
@QuarkusTest
@WithTestResource(RightsStack.class)
public class LetterSendTest {

  /** A request by email, matched to its register contact, with an identity request letter. */
  public static String identityAsked(String address) {
    String id = RequestApi.create("ACCESS", address);
    as("dpo").post("/api/v1/requests/{id}/match", id).then().statusCode(200);
    as("dpo")
        .body(Map.of("note", "Vahvistakaa henkilöllisyytenne."))
        .post("/api/v1/requests/{id}/await-identity", id)
        .then()
        .statusCode(200);
    return id;
  }

  public static String letterId(String id, int index) {
    return as("dpo").get("/api/v1/requests/{id}/letters", id).path("[" + index + "].id");
  }

  static void send(String id, String letterId, int status) {
    as("dpo")
        .post("/api/v1/requests/{id}/letters/{letterId}/send", id, letterId)
        .then()
        .statusCode(status);
  }

  static JsonPath awaitDelivery(String id, int index, String state) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                state.equals(
                    as("dpo")
                        .get("/api/v1/requests/{id}/letters", id)
                        .path("[" + index + "].delivery.state")));
    return as("dpo").get("/api/v1/requests/{id}/letters", id).jsonPath();
  }

  @Test
  void givenIdentityRequestLetter_whenSent_thenArrivesWithTheNameOnlyAndThePdf() throws Exception {
    String address = email("send-letter");
    String id = identityAsked(address);

    send(id, letterId(id, 0), 202);

    MimeMessage mail = Mailboxes.awaitOne(address);
    List<String> attachments = new ArrayList<>();
    String body = Mailboxes.text(mail, attachments);
    assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(address);
    assertThat(mail.getSubject())
        .isEqualTo("Kirje tietosuojapyyntöönne / A letter about your request");
    assertThat(mail.getMessageID()).matches("<[0-9a-f-]{36}@rekisteri\\.rights>");
    assertThat(body)
        .contains("Hyvä Maija " + FakeRegister.LAST_NAME + ",")
        .contains("Dear Maija " + FakeRegister.LAST_NAME + ",")
        .contains("Kirje on tämän viestin liitteenä.")
        .doesNotContain(address)
        .doesNotContain("+358")
        .doesNotContain("Mannerheimintie")
        .doesNotContain("Vahvistakaa")
        .doesNotContain(id);
    assertThat(attachments).containsExactly("application/pdf kirje-letter.pdf");
    assertThat(Mailboxes.imapSubjects(address)).containsExactly(mail.getSubject());
    JsonPath letters = awaitDelivery(id, 0, "SENT");
    assertThat(letters.getString("[0].delivery.at")).isNotNull();
    assertThat(letters.getString("[0].delivery.answer")).isNull();
    assertThat(RequestApi.read(id).getList("timeline.action", String.class))
        .contains("MAIL_QUEUED", "MAIL_SENT");
  }

  @Test
  void givenLetterQueuedOrSent_whenSentAgain_then409AndOneMessage() {
    String address = email("send-twice");
    String id = identityAsked(address);
    String letter = letterId(id, 0);
    send(id, letter, 202);

    send(id, letter, 409);
    Mailboxes.awaitOne(address);
    awaitDelivery(id, 0, "SENT");
    send(id, letter, 409);

    await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
    assertThat(Mailboxes.to(address)).hasSize(1);
  }

  @Test
  void givenNoLoginAndIdentityNotVerified_whenAnyOtherLetterSent_then409AndNothingSent() {
    String address = email("send-unverified");
    String id = identityAsked(address);
    as("dpo")
        .body(Map.of("reason", "Laaja aineisto"))
        .post("/api/v1/requests/{id}/extension", id)
        .then()
        .statusCode(200);

    send(id, letterId(id, 1), 409);

    assertThat(Mailboxes.to(address)).isEmpty();
  }

  @Test
  void givenLoginRequester_whenLetterSent_thenALinkToHerPageAndNoAttachment() throws Exception {
    String id =
        as("maija")
            .body(Map.of("type", "ACCESS", "language", "fi", "details", "Kopio tiedoistani."))
            .post("/api/v1/me/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as("dpo")
        .body(Map.of("reason", "Laaja aineisto"))
        .post("/api/v1/requests/{id}/extension", id)
        .then()
        .statusCode(200);
    int before = Mailboxes.to(RequestApi.MAIJA_EMAIL).size();

    send(id, letterId(id, 0), 202);

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> Mailboxes.to(RequestApi.MAIJA_EMAIL).size() > before);
    List<String> attachments = new ArrayList<>();
    String body = Mailboxes.text(Mailboxes.to(RequestApi.MAIJA_EMAIL).get(before), attachments);
    assertThat(body).contains("/me/").doesNotContain("Laaja aineisto");
    assertThat(attachments).isEmpty();
    // the relay has the message before the sender has recorded its answer: wait for the record
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                "SENT"
                    .equals(
                        as("maija")
                            .get("/api/v1/me/requests/{id}", id)
                            .then()
                            .statusCode(200)
                            .extract()
                            .<String>path("letters[0].delivery.state")));
  }

  @Test
  void givenRelayDown_whenLetterSent_thenFailedWithTheAnswerThenRetriedAndSentOnce() {
    String address = email("send-relay-down");
    String id = identityAsked(address);
    Mailboxes.server().stopServing();
    try {
      send(id, letterId(id, 0), 202);

      JsonPath failed = awaitDelivery(id, 0, "FAILED");
      assertThat(failed.getString("[0].delivery.answer"))
          .startsWith("no connection to the mail relay");
      as("dpo")
          .get("/api/v1/requests/{id}", id)
          .then()
          .statusCode(200)
          .body("deliveryFailedAt", notNullValue());
    } finally {
      Mailboxes.server().startServing();
    }

    awaitDelivery(id, 0, "SENT");
    Mailboxes.awaitOne(address);
    await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
    assertThat(Mailboxes.to(address)).hasSize(1);
    as("dpo")
        .get("/api/v1/requests/{id}", id)
        .then()
        .body("deliveryFailedAt", nullValue())
        .body("timeline.action", hasItems("MAIL_QUEUED", "MAIL_FAILED", "MAIL_SENT"));
  }

  @Test
  void givenRelayThatHangs_whenLetterSent_thenFailedAfterTheTimeoutThenRetriedAndSentOnce() {
    String address = email("send-relay-hangs");
    String id = identityAsked(address);
    RightsStack.smtpRelay().mode(SmtpRelay.Mode.STALL);
    try {
      send(id, letterId(id, 0), 202);

      JsonPath failed = awaitDelivery(id, 0, "FAILED");
      assertThat(failed.getString("[0].delivery.answer"))
          .startsWith("no connection to the mail relay");
      assertThat(Mailboxes.to(address)).isEmpty();
    } finally {
      RightsStack.smtpRelay().mode(SmtpRelay.Mode.PASS);
    }

    awaitDelivery(id, 0, "SENT");
    Mailboxes.awaitOne(address);
    await().pollDelay(Duration.ofSeconds(4)).until(() -> true);
    assertThat(Mailboxes.to(address)).hasSize(1);
    as("dpo")
        .get("/api/v1/requests/{id}", id)
        .then()
        .body("deliveryFailedAt", nullValue())
        .body("timeline.action", hasItems("MAIL_QUEUED", "MAIL_FAILED", "MAIL_SENT"));
  }

  @Test
  void givenRelayRefusingTheRecipient_whenSent_thenFailedForGoodWithTheSmtpAnswer() {
    String address = email("send-relay-refuses");
    String id = identityAsked(address);
    RightsStack.smtpRelay().mode(SmtpRelay.Mode.REFUSE);
    try {
      send(id, letterId(id, 0), 202);

      // (a connection the pool opened before the change of mode may time out first: retried)
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  String.valueOf(
                          as("dpo")
                              .get("/api/v1/requests/{id}/letters", id)
                              .<String>path("[0].delivery.answer"))
                      .startsWith("550"));
      JsonPath failed = as("dpo").get("/api/v1/requests/{id}/letters", id).jsonPath();
      assertThat(failed.getString("[0].delivery.state")).isEqualTo("FAILED");
      assertThat(failed.getString("[0].delivery.answer")).contains("Mailbox unavailable");
    } finally {
      RightsStack.smtpRelay().mode(SmtpRelay.Mode.PASS);
    }
    // a permanent refusal is not retried, also once the relay would take it
    await().pollDelay(Duration.ofSeconds(4)).until(() -> true);
    assertThat(
            as("dpo").get("/api/v1/requests/{id}/letters", id).<String>path("[0].delivery.state"))
        .isEqualTo("FAILED");
    assertThat(Mailboxes.to(address)).isEmpty();
    as("dpo").get("/api/v1/requests/{id}", id).then().body("deliveryFailedAt", notNullValue());
  }

  @Test
  void givenAnAddressTheRelayCannotTake_whenSent_thenFailedForGoodAndNothingSent() {
    String address = "mäijä-" + email("send-invalid");
    String id = identityAsked(address);

    send(id, letterId(id, 0), 202);

    JsonPath failed = awaitDelivery(id, 0, "FAILED");
    assertThat(failed.getString("[0].delivery.answer")).isEqualTo("invalid address: not sent");
    await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
    assertThat(
            as("dpo").get("/api/v1/requests/{id}/letters", id).<String>path("[0].delivery.state"))
        .isEqualTo("FAILED");
    assertThat(Mailboxes.to(address)).isEmpty();
    as("dpo").get("/api/v1/requests/{id}", id).then().body("deliveryFailedAt", notNullValue());
  }
}
