package fi.rekisteri.stack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * A real SMTP server with an IMAP server to read what it received (GreenMail), in this JVM, on
 * 127.0.0.1: the demo's and the tests' mail relay. No message ever leaves the machine. Demo only:
 * authentication is off, so any IMAP login reads the mailbox of the address it names.
 */
public final class MailServer implements AutoCloseable {

  private final GreenMail greenMail;
  private final int smtpPort;
  private final int imapPort;

  private MailServer(GreenMail greenMail, int smtpPort, int imapPort) {
    this.greenMail = greenMail;
    this.smtpPort = smtpPort;
    this.imapPort = imapPort;
  }

  /** Starts SMTP on {@code smtpPort} and IMAP on {@code imapPort}, both on 127.0.0.1. */
  public static MailServer start(int smtpPort, int imapPort) {
    GreenMail greenMail =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
    greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    greenMail.start();
    return new MailServer(greenMail, smtpPort, imapPort);
  }

  public int smtpPort() {
    return smtpPort;
  }

  public int imapPort() {
    return imapPort;
  }

  /** Every message received so far, oldest first. */
  public List<MimeMessage> received() {
    return List.of(greenMail.getReceivedMessages());
  }

  /** The messages received for {@code address}, oldest first. */
  public List<MimeMessage> receivedFor(String address) {
    return List.of(greenMail.getReceivedMessagesForDomain(address));
  }

  /** Forgets every message received (the tests' clean slate). */
  public void purge() {
    try {
      greenMail.purgeEmailFromAllMailboxes();
    } catch (com.icegreen.greenmail.store.FolderException e) {
      throw new IllegalStateException("mailboxes could not be emptied", e);
    }
  }

  /** Stops the SMTP and IMAP servers (a test of a relay that is down). */
  public void stopServing() {
    greenMail.stop();
  }

  /** Starts them again on the same ports; what was received before is gone. */
  public void startServing() {
    greenMail.start();
  }

  @Override
  public void close() {
    greenMail.stop();
  }
}
