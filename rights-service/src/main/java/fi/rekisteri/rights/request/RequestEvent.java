package fi.rekisteri.rights.request;

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

/** One step of a request's timeline (R21): who did what, when and why. Never changed. */
@Entity
@Table(name = "request_event")
public class RequestEvent {

  @Id UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  DataSubjectRequest request;

  int seq;

  @Column(name = "occurred_at")
  Instant occurredAt;

  String actor;
  String action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  RequestStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  RequestStatus toStatus;

  String reason;
  String detail;

  protected RequestEvent() {}

  RequestEvent(
      DataSubjectRequest request,
      int seq,
      Instant occurredAt,
      String actor,
      String action,
      RequestStatus fromStatus,
      RequestStatus toStatus,
      String reason,
      String detail) {
    this.id = UUID.randomUUID();
    this.request = request;
    this.seq = seq;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.reason = reason;
    this.detail = detail;
  }

  public String action() {
    return action;
  }

  public TimelineEntry view() {
    return new TimelineEntry(seq, occurredAt, actor, action, fromStatus, toStatus, reason, detail);
  }

  @Override
  public String toString() {
    return "RequestEvent[" + id + ", " + action + "]";
  }
}
