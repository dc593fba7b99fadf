package fi.rekisteri.rights.delivery;

import fi.rekisteri.platform.cluster.ClusterLock;
import fi.rekisteri.platform.mail.MailAttempt;
import fi.rekisteri.rights.letter.LetterPdf;
import fi.rekisteri.rights.request.DataSubjectRequest;
import fi.rekisteri.rights.request.LetterView;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends the outbox's due messages through the SMTP relay, one instance at a time across all
 * instances. Each try is recorded in its own transaction after the relay answered; a temporary
 * failure (the relay down, a 4xx answer) is retried with doubling backoff under the same
 * Message-ID, a permanent one (a 5xx answer, an address that is no address, an expired code) is
 * not. Logs carry ids and reply codes only, never an address.
 */
@ApplicationScoped
class MailSender {

  private static final Logger LOG = Logger.getLogger(MailSender.class);
  private final MailOutbox outbox;
  private final Mailer mailer;
  private final ClusterLock locks;
  private final EntityManager em;
  private final Duration backoff;
  private final Duration maxBackoff;
  private final int maxAttempts;

  MailSender(
      MailOutbox outbox, Mailer mailer, ClusterLock locks, EntityManager em, MailConfig config) {
    this.outbox = outbox;
    this.mailer = mailer;
    this.locks = locks;
    this.em = em;
    this.backoff = config.retryBackoff();
    this.maxBackoff = config.retryMaxBackoff();
    this.maxAttempts = config.maxAttempts();
  }

  /** What one try sends; built in a transaction, sent outside it. */
  private record Outgoing(UUID id, Mail mail, String invalid) {}

  @Scheduled(
      identity = "mail-send",
      every = "${rekisteri.mail.send-every}",
      delayed = "${rekisteri.requests.jobs-delay:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void sendMail() {
    try {
      locks.runAlone("mail-send", this::sendDue);
    } catch (RuntimeException e) {
      // e.g. while the application shuts down; the next run tries again
      LOG.debugf("mail run failed: %s", e.getClass().getSimpleName());
    }
  }

  /** Sends every message due now; the number tried. */
  int sendDue() {
    List<UUID> due = QuarkusTransaction.requiringNew().call(() -> outbox.due(Instant.now(), 20));
    for (UUID id : due) {
      try {
        send(id);
      } catch (RuntimeException e) {
        LOG.warnf("mail message %s: %s", id, e.getClass().getSimpleName());
      }
    }
    return due.size();
  }

  private void send(UUID id) {
    Outgoing outgoing = QuarkusTransaction.requiringNew().call(() -> prepare(id));
    if (outgoing == null) {
      return;
    }
    if (outgoing.invalid() != null) {
      record(id, outgoing.invalid(), false);
      return;
    }
    try {
      mailer.send(outgoing.mail());
      QuarkusTransaction.requiringNew().run(() -> outbox.sent(outbox.find(id), Instant.now()));
      LOG.infof("mail message %s sent", id);
    } catch (RuntimeException e) {
      MailAttempt.Failure failure = MailAttempt.failure(e);
      LOG.warnf("mail message %s failed (%s)", id, failure.summary());
      record(id, failure.answer(), failure.temporary());
    }
  }

  private Outgoing prepare(UUID id) {
    MailMessage message = outbox.find(id);
    Instant now = Instant.now();
    if (message == null || message.nextAttemptAt == null || message.nextAttemptAt.isAfter(now)) {
      return null; // sent or given up meanwhile
    }
    if (message.expired(now)) {
      return new Outgoing(id, null, "the code expired before it could be sent");
    }
    if (!MailAttempt.sendable(message.recipient)) {
      return new Outgoing(id, null, "invalid address: not sent");
    }
    Mail mail = Mail.withText(message.recipient, message.subject, message.body);
    mail.addHeader("Message-ID", message.messageId);
    if (message.attachPdf) {
      LetterView letter =
          em.find(DataSubjectRequest.class, message.requestId)
              .letters()
              .get(message.letterId)
              .view();
      mail.addAttachment(
          "kirje-letter.pdf",
          LetterPdf.render(letter.language().code(), letter.title(), letter.body()),
          LetterPdf.MEDIA_TYPE);
    }
    return new Outgoing(id, mail, null);
  }

  private void record(UUID id, String answer, boolean temporary) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              MailMessage message = outbox.find(id);
              Instant now = Instant.now();
              boolean again = temporary && message.attempts + 1 < maxAttempts;
              Instant retryAt =
                  again
                      ? now.plus(MailAttempt.backoff(message.attempts + 1, backoff, maxBackoff))
                      : null;
              outbox.failed(message, MailAttempt.truncated(answer), retryAt, now);
            });
  }
}
