package fi.rekisteri.rights.notification;

import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.request.DataSubjectRequest;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Art. 19 (R20): tell one recipient or processor of the rectification, erasure or restriction. */
@Entity
@Table(name = "notification_task")
public class NotificationTask {

  public enum RecipientKind {
    RECIPIENT,
    PROCESSOR,
    /** The third party the corrected data came from (Art. 19 and R15). */
    SOURCE
  }

  public enum Status {
    OPEN,
    CONFIRMED
  }

  @Id UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  DataSubjectRequest request;

  int seq;

  @Column(name = "recipient_name")
  String recipientName;

  @Enumerated(EnumType.STRING)
  @Column(name = "recipient_kind")
  RecipientKind recipientKind;

  @Enumerated(EnumType.STRING)
  RequestType reason;

  @Enumerated(EnumType.STRING)
  Status status;

  @Column(name = "created_at")
  Instant createdAt;

  @Column(name = "confirmed_at")
  Instant confirmedAt;

  @Column(name = "confirmed_by")
  String confirmedBy;

  String note;

  protected NotificationTask() {}

  NotificationTask(
      DataSubjectRequest request,
      int seq,
      String recipientName,
      RecipientKind recipientKind,
      RequestType reason,
      Instant createdAt) {
    this.id = UUID.randomUUID();
    this.request = request;
    this.seq = seq;
    this.recipientName = recipientName;
    this.recipientKind = recipientKind;
    this.reason = reason;
    this.status = Status.OPEN;
    this.createdAt = createdAt;
  }

  public UUID id() {
    return id;
  }

  public boolean isOpen() {
    return status == Status.OPEN;
  }

  public String recipientName() {
    return recipientName;
  }

  /**
   * @return false if it was confirmed already (a repeat changes nothing)
   */
  boolean confirm(String actor, String note, Instant now) {
    if (status == Status.CONFIRMED) {
      return false;
    }
    this.status = Status.CONFIRMED;
    this.confirmedBy = actor;
    this.confirmedAt = now;
    this.note = note;
    return true;
  }

  public NotificationView view() {
    return new NotificationView(
        id,
        recipientName,
        recipientKind,
        reason,
        status,
        createdAt,
        confirmedAt,
        confirmedBy,
        note);
  }

  @Override
  public String toString() {
    return "NotificationTask[" + id + ", " + status + "]";
  }
}
