package fi.rekisteri.rights.delivery;

import static fi.rekisteri.rights.delivery.LetterSendTest.awaitDelivery;
import static fi.rekisteri.rights.delivery.LetterSendTest.identityAsked;
import static fi.rekisteri.rights.delivery.LetterSendTest.letterId;
import static fi.rekisteri.rights.delivery.LetterSendTest.send;
import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.notNullValue;

import fi.rekisteri.rights.support.Mailboxes;
import fi.rekisteri.rights.support.RightsStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Bounces: a receiving server returns a message that the relay had taken, as a delivery status
 * notification (RFC 3464) to the sender's address on the tests' real mail server; the rights
 * service reads that mailbox over IMAP and marks the message FAILED with the reason, without the
 * address, so that the DPO sees it and can send the letter again.
 */
@QuarkusTest
@WithTestResource(RightsStack.class)
class BounceTest {

  @Test
  void givenSentLetter_whenItBouncesLater_thenFailedWithTheReasonWithoutAddressAndSendableAgain()
      throws Exception {
    String address = email("send-bounced");
    String id = identityAsked(address);
    String letter = letterId(id, 0);
    send(id, letter, 202);
    awaitDelivery(id, 0, "SENT");
    MimeMessage sent = Mailboxes.awaitOne(address);

    deliverBounce(sent.getMessageID(), address);

    JsonPath failed = awaitDelivery(id, 0, "FAILED");
    assertThat(failed.getString("[0].delivery.answer"))
        .startsWith("bounced after it was sent: 550 5.1.1")
        .contains("User unknown")
        .doesNotContain("@");
    JsonPath request = as("dpo").get("/api/v1/requests/{id}", id).then().extract().jsonPath();
    assertThat(request.getString("deliveryFailedAt")).isNotNull();
    List<String> actions = request.getList("timeline.action");
    assertThat(actions.lastIndexOf("MAIL_FAILED")).isGreaterThan(actions.indexOf("MAIL_SENT"));
    assertThat(request.getList("timeline.reason").toString()).doesNotContain(address);

    // the DPO sends it again: the same message, the same Message-ID
    send(id, letter, 202);
    awaitDelivery(id, 0, "SENT");
    await().atMost(Duration.ofSeconds(20)).until(() -> Mailboxes.to(address).size() == 2);
    assertThat(Mailboxes.to(address).get(1).getMessageID()).isEqualTo(sent.getMessageID());
  }

  @Test
  void givenABounceNamingNoMessageOfOurs_whenRead_thenNoLetterChanges() throws Exception {
    String address = email("send-not-bounced");
    String id = identityAsked(address);
    send(id, letterId(id, 0), 202);
    awaitDelivery(id, 0, "SENT");

    deliverBounce("<" + UUID.randomUUID() + "@rekisteri.rights>", address);
    deliverBounce("<someone-else@example.test>", address);

    await().pollDelay(Duration.ofSeconds(4)).until(() -> true);
    assertThat(
            as("dpo").get("/api/v1/requests/{id}/letters", id).<String>path("[0].delivery.state"))
        .isEqualTo("SENT");
    as("dpo")
        .get("/api/v1/requests/{id}", id)
        .then()
        .body("deliveryFailedAt", org.hamcrest.Matchers.nullValue())
        .body("createdAt", notNullValue());
  }

  /** What a receiving server's mailer daemon sends back: a DSN quoting the original headers. */
  private static void deliverBounce(String messageId, String recipient) throws MessagingException {
    int smtpPort = fi.rekisteri.stack.TestStack.mail().smtpPort();
    String sender = ConfigProvider.getConfig().getValue("quarkus.mailer.from", String.class);
    Properties properties = new Properties();
    properties.put("mail.smtp.host", "127.0.0.1");
    properties.put("mail.smtp.port", String.valueOf(smtpPort));
    Session session = Session.getInstance(properties);
    MimeMessage dsn = new MimeMessage(session);
    dsn.setFrom(new InternetAddress("MAILER-DAEMON@mx.example.test"));
    dsn.setRecipient(Message.RecipientType.TO, new InternetAddress(sender));
    dsn.setSubject("Undelivered Mail Returned to Sender");
    MimeMultipart report = new MimeMultipart("report; report-type=delivery-status");
    MimeBodyPart human = new MimeBodyPart();
    human.setText(
        "This is the mail system at host mx.example.test.\n\nYour message could not be"
            + " delivered to one or more recipients.\n\n<"
            + recipient
            + ">: host mx.example.test said: 550 5.1.1 User unknown\n");
    report.addBodyPart(human);
    report.addBodyPart(
        part(
            "Reporting-MTA: dns; mx.example.test\r\n\r\nFinal-Recipient: rfc822; "
                + recipient
                + "\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 <"
                + recipient
                + ">: Recipient address rejected: User unknown\r\n",
            "message/delivery-status"));
    report.addBodyPart(
        part(
            "Message-ID: "
                + messageId
                + "\r\nFrom: "
                + sender
                + "\r\nTo: "
                + recipient
                + "\r\nSubject: Kirje\r\n",
            "text/rfc822-headers"));
    dsn.setContent(report);
    dsn.saveChanges();
    Transport.send(dsn);
  }

  private static MimeBodyPart part(String text, String type) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setDataHandler(new DataHandler(new ByteArrayDataSource(text.getBytes(), type)));
    part.setHeader("Content-Type", type);
    return part;
  }
}
