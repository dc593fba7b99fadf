package fi.rekisteri.rights.fulfilment;

import fi.rekisteri.rights.common.JsonText;
import fi.rekisteri.rights.letter.ErasureLines;
import fi.rekisteri.rights.letter.LetterWriter;
import fi.rekisteri.rights.notification.NotificationService;
import fi.rekisteri.rights.register.RegisterApi;
import fi.rekisteri.rights.request.DataSubjectRequest;
import fi.rekisteri.rights.request.ErasureProofs;
import fi.rekisteri.rights.request.RequestMetrics;
import fi.rekisteri.rights.request.RequestStatus;
import fi.rekisteri.rights.subject.SubjectRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Completes an erasure once the register's ContactErased event has been consumed. */
@ApplicationScoped
public class ErasureConfirmer {

  private static final Logger LOG = Logger.getLogger(ErasureConfirmer.class);

  /** Register events may be stamped a little before this service created the request. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  static final String CONTACT_ERASED = "ContactErased";

  private final RequestTransactions transactions;
  private final SubjectRepository subjects;
  private final LetterWriter letters;
  private final RequestMetrics metrics;
  private final NotificationService notifications;
  private final ErasureProofs proofs;

  ErasureConfirmer(
      RequestTransactions transactions,
      SubjectRepository subjects,
      LetterWriter letters,
      RequestMetrics metrics,
      NotificationService notifications,
      ErasureProofs proofs) {
    this.notifications = notifications;
    this.proofs = proofs;
    this.transactions = transactions;
    this.subjects = subjects;
    this.letters = letters;
    this.metrics = metrics;
  }

  /** Completes erasures whose ContactErased event this service has consumed. */
  public int confirmErasures() {
    List<UUID> awaiting = transactions.tx(() -> transactions.repository().awaitingConfirmation(50));
    int confirmed = 0;
    for (UUID id : awaiting) {
      try {
        if (transactions.tx(
            () -> confirmIfSeen(transactions.find(id), DataSubjectRequest.SYSTEM))) {
          confirmed++;
        }
      } catch (RuntimeException e) {
        LOG.warnf("confirming request %s failed: %s", id, e.getClass().getSimpleName());
      }
    }
    return confirmed;
  }

  /** Completes the erasure if its event has been seen; the caller's transaction. */
  boolean confirmIfSeen(DataSubjectRequest request, String actor) {
    if (!request.resolution().awaitingConfirmation() || request.subjectId() == null) {
      return false;
    }
    if (!subjects.hasEvent(
        request.subjectId(), CONTACT_ERASED, request.createdAt().minus(CLOCK_SKEW))) {
      return false;
    }
    RegisterApi.EraseResult result =
        JsonText.read(request.resolution().result(), RegisterApi.EraseResult.class);
    Instant now = Instant.now();
    // see docs/promises.md: this service's own stores searched and the result recorded at
    // completion
    proofs.record(request, now);
    request
        .execution()
        .confirmErasure(
            result.partial() ? RequestStatus.PARTIALLY_COMPLETED : RequestStatus.COMPLETED,
            letters.erasure(
                request.letterContext(),
                lines(result)
                    .with(
                        result.keyedHash() == null
                            ? null
                            : ErasureLines.KeyedHash.of(
                                result.keyedHash().reason(), result.keyedHash().until()),
                        notifications.recipientNames(request.id()))),
            actor,
            now);
    metrics.closed(request, false);
    LOG.infof("request %s: erasure confirmed by the register's event", request.id());
    return true;
  }

  private static ErasureLines lines(RegisterApi.EraseResult result) {
    return new ErasureLines(
        result.erased() == null
            ? List.of()
            : result.erased().stream()
                .map(e -> new ErasureLines.Erased(e.category(), e.action()))
                .toList(),
        result.kept() == null
            ? List.of()
            : result.kept().stream()
                .map(
                    k -> new ErasureLines.Kept(k.category(), k.ground(), k.legalBasis(), k.until()))
                .toList(),
        // the register says whether it restricted what it kept; not derived here
        result.restricted());
  }
}
