package fi.rekisteri.rights.delivery;

import fi.rekisteri.rights.request.DeliveryState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One message of the outbox. Its Message-ID is fixed when it is queued, so every retry is the same
 * message to the receiving servers. The address (and a code's body) is forgotten once the message
 * is final: sent, refused for good, or expired.
 */
@Entity
@Table(name = "mail_message")
public class MailMessage {

  enum Kind {
    LETTER,
    IDENTITY_CODE
  }

  @Id UUID id;

  @Column(name = "request_id")
  UUID requestId;

  @Column(name = "letter_id")
  UUID letterId;

  @Enumerated(EnumType.STRING)
  Kind kind;

  @Column(name = "message_id")
  String messageId;

  String recipient;
  String subject;
  String body;

  @Column(name = "attach_pdf")
  boolean attachPdf;

  @Enumerated(EnumType.STRING)
  DeliveryState state;

  int attempts;

  @Column(name = "next_attempt_at")
  Instant nextAttemptAt;

  String answer;

  @Column(name = "queued_at")
  Instant queuedAt;

  @Column(name = "sent_at")
  Instant sentAt;

  @Column(name = "expires_at")
  Instant expiresAt;

  protected MailMessage() {}

  MailMessage(
      UUID requestId, UUID letterId, Kind kind, String recipient, MailText text, Instant now) {
    this.id = UUID.randomUUID();
    this.requestId = requestId;
    this.letterId = letterId;
    this.kind = kind;
    this.messageId = "<" + id + "@rekisteri.rights>";
    this.recipient = recipient;
    this.subject = text.subject();
    this.body = text.body();
    this.state = DeliveryState.QUEUED;
    this.queuedAt = now;
    this.nextAttemptAt = now;
  }

  MailMessage attachingPdf() {
    this.attachPdf = true;
    return this;
  }

  MailMessage expiringAt(Instant expiresAt) {
    this.expiresAt = expiresAt;
    return this;
  }

  /** A failed letter sent again: the same message, the same Message-ID, tried at once. */
  void requeue(String recipient, MailText text, boolean attachPdf, Instant now) {
    this.recipient = recipient;
    this.subject = text.subject();
    this.body = text.body();
    this.attachPdf = attachPdf;
    this.state = DeliveryState.QUEUED;
    this.answer = null;
    this.nextAttemptAt = now;
  }

  void sent(Instant now) {
    state = DeliveryState.SENT;
    sentAt = now;
    answer = null;
    attempts++;
    finish();
  }

  /** Failed with the relay's {@code answer}; tried again at {@code retryAt}, or never if null. */
  void failed(String answer, Instant retryAt) {
    state = DeliveryState.FAILED;
    this.answer = answer;
    attempts++;
    if (retryAt == null) {
      finish();
    } else {
      nextAttemptAt = retryAt;
    }
  }

  boolean expired(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }

  private void finish() {
    nextAttemptAt = null;
    recipient = null;
    if (kind == Kind.IDENTITY_CODE) {
      body = null;
    }
  }
}
