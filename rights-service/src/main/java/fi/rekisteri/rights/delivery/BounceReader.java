package fi.rekisteri.rights.delivery;

import fi.rekisteri.platform.cluster.ClusterLock;
import fi.rekisteri.rights.request.DeliveryState;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Reads the bounces: the relay accepted a message, and a receiving server later returned it as
 * undeliverable to the sender's address. The job reads that mailbox over IMAP, finds the Message-ID
 * of ours that each unread message quotes (a delivery status notification, RFC 3464, or any bounce
 * that quotes the original headers), and marks that message FAILED with the reason the bounce
 * gives, its email addresses left out; the letter can then be sent again. A bounce is marked read
 * once handled; one that names no message of ours is left as read and counted.
 *
 * <p>Off unless {@code rekisteri.mail.bounces.host} is set (the local stack and the tests set it to
 * their GreenMail). Anyone can write to the sender's address, so a forged bounce can mark a sent
 * message failed; it can never mark one sent, and the DPO can send the letter again.
 */
@ApplicationScoped
class BounceReader {

  private static final Logger LOG = Logger.getLogger(BounceReader.class);
  private static final Pattern OURS = Pattern.compile("<[0-9a-f-]{36}@rekisteri\\.rights>");
  private static final Pattern DIAGNOSTIC =
      Pattern.compile("(?im)^Diagnostic-Code:\\s*(?:smtp;)?\\s*(.+)$");
  private static final Pattern STATUS = Pattern.compile("(?im)^Status:\\s*([245]\\.\\d+\\.\\d+)");
  private static final Pattern ADDRESS = Pattern.compile("[^\\s<>()\"';:,]+@[^\\s<>()\"';:,]+");
  private static final int MAX_BYTES = 1 << 20;

  private final MailOutbox outbox;
  private final ClusterLock locks;
  private final Optional<String> host;
  private final int port;
  private final boolean ssl;
  private final String user;
  private final Optional<String> password;

  BounceReader(MailOutbox outbox, ClusterLock locks, MailConfig config) {
    this.outbox = outbox;
    this.locks = locks;
    this.host = config.bounces().host();
    this.port = config.bounces().port();
    this.ssl = config.bounces().ssl();
    this.user = config.bounces().user();
    this.password = config.bounces().password();
  }

  @Scheduled(
      identity = "mail-bounces",
      every = "${rekisteri.mail.bounces.every}",
      delayed = "${rekisteri.requests.jobs-delay:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void readBounces() {
    if (host.isEmpty()) {
      return;
    }
    try {
      locks.runAlone("mail-bounces", this::readOnce);
    } catch (RuntimeException e) {
      // the mailbox is unreachable or the application shuts down; the next run tries again
      LOG.debugf("bounce run failed: %s", e.getClass().getSimpleName());
    }
  }

  /** Handles every unread message in the bounce mailbox; the number of our messages it failed. */
  int readOnce() {
    Properties properties = new Properties();
    String protocol = ssl ? "imaps" : "imap";
    properties.put("mail." + protocol + ".connectiontimeout", "10000");
    properties.put("mail." + protocol + ".timeout", "10000");
    int failed = 0;
    try {
      Store store = Session.getInstance(properties).getStore(protocol);
      store.connect(host.orElseThrow(), port, user, password.orElse(""));
      try {
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_WRITE);
        try {
          for (Message bounce : inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
            if (handle(bounce)) {
              failed++;
            }
            bounce.setFlag(Flags.Flag.SEEN, true);
          }
        } finally {
          inbox.close(false);
        }
      } finally {
        store.close();
      }
    } catch (MessagingException e) {
      LOG.warnf("bounce mailbox not read: %s", e.getClass().getSimpleName());
    }
    return failed;
  }

  private boolean handle(Message bounce) {
    String raw = raw(bounce);
    Matcher ours = OURS.matcher(raw);
    if (!ours.find()) {
      LOG.info("an unread message in the bounce mailbox names no message of ours; left as read");
      return false;
    }
    String messageId = ours.group();
    String reason = reason(raw);
    boolean done =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  MailMessage message = outbox.byMessageId(messageId);
                  if (message == null || message.state != DeliveryState.SENT) {
                    return false;
                  }
                  outbox.bounced(message, reason, Instant.now());
                  return true;
                });
    if (done) {
      LOG.infof("mail message %s bounced", messageId);
    }
    return done;
  }

  /** What the bounce says went wrong, without any email address (they are personal data). */
  static String reason(String raw) {
    Matcher diagnostic = DIAGNOSTIC.matcher(raw);
    Matcher status = STATUS.matcher(raw);
    String why =
        diagnostic.find()
            ? diagnostic.group(1).strip()
            : status.find() ? "status " + status.group(1) : "no reason given";
    why = ADDRESS.matcher(why).replaceAll("<address>").replaceAll("\\s+", " ");
    String text = "bounced after it was sent: " + why;
    return text.length() > 480 ? text.substring(0, 480) : text;
  }

  private static String raw(Message message) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      message.writeTo(new Capped(bytes));
    } catch (IOException | MessagingException e) {
      // what was read so far is enough to look for the Message-ID
    }
    return bytes.toString(StandardCharsets.ISO_8859_1);
  }

  /** Stops writing after {@link #MAX_BYTES}: a bounce that quotes a large attachment is cut. */
  private static final class Capped extends OutputStream {
    private final ByteArrayOutputStream out;

    Capped(ByteArrayOutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      if (out.size() >= MAX_BYTES) {
        throw new IOException("bounce cut at " + MAX_BYTES + " bytes");
      }
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      int room = MAX_BYTES - out.size();
      if (room <= 0) {
        throw new IOException("bounce cut at " + MAX_BYTES + " bytes");
      }
      out.write(b, off, Math.min(len, room));
    }
  }
}
