package fi.rekisteri.register.announcement;

import fi.rekisteri.platform.cluster.ClusterLock;
import fi.rekisteri.platform.mail.MailAttempt;
import fi.rekisteri.register.announcement.NoticeAnnouncements.MessageKey;
import fi.rekisteri.register.announcement.NoticeAnnouncements.Outgoing;
import fi.rekisteri.register.disclosure.DisclosureLedger;
import fi.rekisteri.register.disclosure.DisclosureService;
import fi.rekisteri.register.disclosure.Receiver;
import fi.rekisteri.register.disclosure.RecipientKind;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Announces significant privacy notice versions by email, one instance at a time across all
 * instances: queues the eligible contacts in batches (resuming at the announcement's cursor after a
 * restart), then sends the due messages through the SMTP relay. Each message is a row unique per
 * (version, contact) and is marked sent in its own transaction once the relay accepted it; a retry
 * keeps the Message-ID. The ledger names the processor that mails for the controller when the
 * profile has one (receives {@value #MAILING}). Logs carry versions and counts, never an address.
 */
@ApplicationScoped
class NoticeAnnouncementJob {

  /** What a processor of the controller profile receives when it mails the announcements. */
  static final String MAILING = "NOTICE_ANNOUNCEMENTS";

  private static final Logger LOG = Logger.getLogger(NoticeAnnouncementJob.class);
  private final NoticeAnnouncements announcements;
  private final DisclosureService disclosures;
  private final DisclosureLedger ledger;
  private final Mailer mailer;
  private final ClusterLock locks;
  private final String pagesBase;
  private final int batch;
  private final Duration backoff;
  private final int maxAttempts;

  NoticeAnnouncementJob(
      NoticeAnnouncements announcements,
      DisclosureService disclosures,
      DisclosureLedger ledger,
      Mailer mailer,
      ClusterLock locks,
      AnnouncementConfig config) {
    this.announcements = announcements;
    this.disclosures = disclosures;
    this.ledger = ledger;
    this.mailer = mailer;
    this.locks = locks;
    this.pagesBase = config.pagesBase();
    this.batch = config.batch();
    this.backoff = config.retryBackoff();
    this.maxAttempts = config.maxAttempts();
  }

  @Scheduled(
      identity = "notice-announcement",
      every = "${rekisteri.announcement.every}",
      delayed = "${rekisteri.announcement.delay}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    try {
      locks.runAlone("notice-announcement", this::runOnce);
    } catch (RuntimeException e) {
      // e.g. while the application shuts down; the next run goes on where this one stopped
      LOG.debugf("announcement run failed: %s", e.getClass().getSimpleName());
    }
  }

  /** One run: starts, queues one batch per announcement, sends one batch; the number sent. */
  int runOnce() {
    Instant now = Instant.now();
    announcements.startSignificant(now);
    for (int version : announcements.queuing()) {
      int queued = announcements.queueBatch(version, batch, now);
      LOG.debugf("announcement of version %d: %d contacts queued", version, queued);
    }
    int sent = 0;
    for (MessageKey key : announcements.due(Instant.now(), batch)) {
      try {
        sent += send(key) ? 1 : 0;
      } catch (RuntimeException e) {
        LOG.warnf("announcement of version %d: %s", key.version(), e.getClass().getSimpleName());
      }
    }
    return sent;
  }

  private boolean send(MessageKey key) {
    Optional<Outgoing> prepared = announcements.prepare(key, Instant.now());
    if (prepared.isEmpty()) {
      return false;
    }
    Outgoing outgoing = prepared.get();
    if (!MailAttempt.sendable(outgoing.email())) {
      announcements.failed(key, "invalid address: not sent", null);
      return false;
    }
    Mail mail =
        Mail.withText(
            outgoing.email().strip(),
            NoticeAnnouncementText.SUBJECT,
            NoticeAnnouncementText.body(outgoing.name(), pagesBase));
    mail.addHeader("Message-ID", outgoing.messageId());
    try {
      mailer.send(mail);
    } catch (RuntimeException e) {
      MailAttempt.Failure failure = MailAttempt.failure(e);
      boolean again = failure.temporary() && outgoing.attempts() + 1 < maxAttempts;
      LOG.warnf("announcement of version %d failed (%s)", key.version(), failure.summary());
      announcements.failed(
          key,
          failure.answer(),
          again
              ? Instant.now()
                  .plus(
                      MailAttempt.backoff(
                          outgoing.attempts() + 1, backoff, backoff.multipliedBy(64)))
              : null);
      return false;
    }
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              announcements.sent(key, Instant.now());
              for (Receiver receiver : disclosures.receiving(MAILING)) {
                if (receiver.kind() == RecipientKind.PROCESSOR) {
                  ledger.record(
                      key.contactId(),
                      receiver.name(),
                      receiver.kind(),
                      false,
                      "name, email",
                      "announcement of a privacy notice change",
                      "system");
                }
              }
            });
    return true;
  }
}
