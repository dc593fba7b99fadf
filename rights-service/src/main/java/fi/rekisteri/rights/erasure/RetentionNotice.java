package fi.rekisteri.rights.erasure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Art. 19 for an erasure no request asked for: tell one recipient or processor that the register's
 * retention job erased the person's data (the period ended, or a hold on it ended).
 */
@Entity
@Table(name = "retention_notice")
public class RetentionNotice {

  /** Why the register erased without a request. */
  public enum Cause {
    /** The customer's or prospect's retention period ended. */
    RETENTION_PERIOD,
    /**
     * What an earlier erasure had to keep (accounting, an open claim, a role) is no longer held.
     */
    HOLD_ENDED
  }

  public enum RecipientKind {
    RECIPIENT,
    PROCESSOR
  }

  public enum Status {
    OPEN,
    CONFIRMED
  }

  @Schema(name = "RetentionNoticeView")
  public record View(
      UUID id,
      @Schema(description = "The person, pseudonymous: the register's subject id") UUID subjectId,
      Cause cause,
      @Schema(description = "The day the register erased") LocalDate erasedOn,
      String recipientName,
      RecipientKind recipientKind,
      Status status,
      Instant createdAt,
      Instant confirmedAt,
      String confirmedBy,
      String note) {}

  @Id UUID id;

  @Column(name = "event_id")
  UUID eventId;

  @Column(name = "subject_id")
  UUID subjectId;

  @Enumerated(EnumType.STRING)
  Cause cause;

  @Column(name = "erased_on")
  LocalDate erasedOn;

  @Column(name = "recipient_name")
  String recipientName;

  @Enumerated(EnumType.STRING)
  @Column(name = "recipient_kind")
  RecipientKind recipientKind;

  @Enumerated(EnumType.STRING)
  Status status;

  @Column(name = "created_at")
  Instant createdAt;

  @Column(name = "confirmed_at")
  Instant confirmedAt;

  @Column(name = "confirmed_by")
  String confirmedBy;

  String note;

  protected RetentionNotice() {}

  /** Confirms that the recipient was told; a repeat changes nothing. */
  void confirm(String note, String actor, Instant now) {
    if (status == Status.CONFIRMED) {
      return;
    }
    status = Status.CONFIRMED;
    confirmedAt = now;
    confirmedBy = actor;
    this.note = note;
  }

  View view() {
    return new View(
        id,
        subjectId,
        cause,
        erasedOn,
        recipientName,
        recipientKind,
        status,
        createdAt,
        confirmedAt,
        confirmedBy,
        note);
  }
}
