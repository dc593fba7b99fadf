package fi.rekisteri.rights.delivery;

import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.request.DataSubjectRequest;
import fi.rekisteri.rights.request.DeliveryState;
import fi.rekisteri.rights.request.Letter;
import fi.rekisteri.rights.request.TimelineAction;
import fi.rekisteri.rights.request.TimelineNote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The outbox of messages to requesters: queues them and records each outcome, on the message, on
 * the letter it carries and on the request's timeline. Called inside a transaction.
 */
@ApplicationScoped
class MailOutbox {

  static final TimelineNote CODE = TimelineNote.of(TimelineNote.Code.MAIL_CODE);

  private final EntityManager em;

  MailOutbox(EntityManager em) {
    this.em = em;
  }

  /** The request, locked: two sends of one letter queue it once (the second answers 409). */
  DataSubjectRequest lockRequest(UUID requestId) {
    DataSubjectRequest request =
        em.find(DataSubjectRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
    if (request == null) {
      throw DomainException.notFound("request");
    }
    return request;
  }

  /**
   * Queues {@code letter} to {@code recipient}; a letter queued or sent already answers 409, a
   * failed one is queued again as the same message (the same Message-ID).
   */
  void queueLetter(
      DataSubjectRequest request,
      Letter letter,
      String recipient,
      MailText text,
      boolean attachPdf,
      String actor,
      Instant now) {
    if (letter.deliveryState() == DeliveryState.QUEUED
        || letter.deliveryState() == DeliveryState.SENT) {
      throw DomainException.conflict(
          "The letter is " + letter.deliveryState() + " already; it is sent once.");
    }
    MailMessage message = ofLetter(letter.id());
    if (message == null) {
      message =
          new MailMessage(request.id(), letter.id(), MailMessage.Kind.LETTER, recipient, text, now);
      em.persist(attachPdf ? message.attachingPdf() : message);
    } else {
      message.requeue(recipient, text, attachPdf, now);
    }
    letter.delivery(DeliveryState.QUEUED, now, null);
    request.timeline().mail(TimelineAction.MAIL_QUEUED, what(letter), null, actor, now);
  }

  void queueCode(
      DataSubjectRequest request, String recipient, MailText text, Instant expires, Instant now) {
    em.persist(
        new MailMessage(request.id(), null, MailMessage.Kind.IDENTITY_CODE, recipient, text, now)
            .expiringAt(expires));
  }

  MailMessage find(UUID id) {
    return em.find(MailMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
  }

  List<UUID> due(Instant now, int limit) {
    return em.createQuery(
            "select m.id from MailMessage m where m.nextAttemptAt <= :now"
                + " order by m.nextAttemptAt",
            UUID.class)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The relay accepted {@code message}. */
  void sent(MailMessage message, Instant now) {
    message.sent(now);
    // locked: the requester may be entering her code in the same moment (IdentityCodes.check)
    DataSubjectRequest request =
        em.find(DataSubjectRequest.class, message.requestId, LockModeType.PESSIMISTIC_WRITE);
    TimelineNote what = CODE;
    if (message.letterId != null) {
      Letter letter = request.letters().get(message.letterId);
      letter.delivery(DeliveryState.SENT, now, null);
      what = what(letter);
    }
    request.timeline().mail(TimelineAction.MAIL_SENT, what, null, DataSubjectRequest.SYSTEM, now);
  }

  /** The relay refused or could not be reached; {@code retryAt} null when not tried again. */
  void failed(MailMessage message, String answer, Instant retryAt, Instant now) {
    message.failed(answer, retryAt);
    // locked: the requester may be entering her code in the same moment (IdentityCodes.check)
    DataSubjectRequest request =
        em.find(DataSubjectRequest.class, message.requestId, LockModeType.PESSIMISTIC_WRITE);
    TimelineNote detail =
        TimelineNote.of(
            retryAt == null ? TimelineNote.Code.MAIL_CODE_NOT_RETRIED : TimelineNote.Code.MAIL_CODE,
            "retryAt",
            retryAt);
    if (message.letterId != null) {
      Letter letter = request.letters().get(message.letterId);
      letter.delivery(DeliveryState.FAILED, now, answer);
      detail =
          TimelineNote.of(
              retryAt == null
                  ? TimelineNote.Code.MAIL_LETTER_NOT_RETRIED
                  : TimelineNote.Code.MAIL_LETTER,
              "kind",
              letter.kind(),
              "retryAt",
              retryAt);
    }
    request
        .timeline()
        .mail(TimelineAction.MAIL_FAILED, detail, answer, DataSubjectRequest.SYSTEM, now);
  }

  /** A sent message that a receiving server returned as undeliverable: failed, not retried. */
  void bounced(MailMessage message, String answer, Instant now) {
    failed(message, answer, null, now);
  }

  MailMessage byMessageId(String messageId) {
    return em.createQuery("select m from MailMessage m where m.messageId = :id", MailMessage.class)
        .setParameter("id", messageId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private MailMessage ofLetter(UUID letterId) {
    return em.createQuery(
            "select m from MailMessage m where m.letterId = :letter", MailMessage.class)
        .setParameter("letter", letterId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static TimelineNote what(Letter letter) {
    return TimelineNote.of(TimelineNote.Code.MAIL_LETTER, "kind", letter.kind());
  }
}
