package fi.rekisteri.rights.support;

import static org.awaitility.Awaitility.await;

import fi.rekisteri.stack.MailServer;
import fi.rekisteri.stack.TestStack;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.eclipse.microprofile.config.ConfigProvider;

/** What the tests' real SMTP server (GreenMail) received, read through its API or over IMAP. */
public final class Mailboxes {

  private Mailboxes() {}

  public static MailServer server() {
    return TestStack.mail();
  }

  public static List<MimeMessage> to(String address) {
    return server().receivedFor(address);
  }

  /** Waits until {@code address} has received a message, and returns the first one. */
  public static MimeMessage awaitOne(String address) {
    await().atMost(Duration.ofSeconds(20)).until(() -> !to(address).isEmpty());
    return to(address).get(0);
  }

  /** The text parts of a message, joined; attachments named in {@code attachments}. */
  public static String text(Part part, List<String> attachments)
      throws MessagingException, IOException {
    if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      return part.getContent().toString();
    }
    StringBuilder text = new StringBuilder();
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        text.append(text(multipart.getBodyPart(i), attachments));
      }
    } else if (part.getFileName() != null) {
      attachments.add(part.getContentType().split(";")[0].trim() + " " + part.getFileName());
    }
    return text.toString();
  }

  /** The subjects in {@code address}'s mailbox, read over IMAP with the address as the login. */
  public static List<String> imapSubjects(String address) throws MessagingException {
    int port = ConfigProvider.getConfig().getValue("rekisteri.test.imap-port", Integer.class);
    Store store = Session.getInstance(new Properties()).getStore("imap");
    store.connect("127.0.0.1", port, address, "any password: the demo reads by address");
    try {
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      List<String> subjects = new ArrayList<>();
      for (Message message : inbox.getMessages()) {
        subjects.add(message.getSubject());
      }
      inbox.close(false);
      return subjects;
    } finally {
      store.close();
    }
  }
}
