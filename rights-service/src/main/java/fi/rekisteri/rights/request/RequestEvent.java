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

  @Enumerated(EnumType.STRING)
  TimelineAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  RequestStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  RequestStatus toStatus;

  String reason;
  String detail;

  protected RequestEvent() {}

  RequestEvent(DataSubjectRequest request, int seq, TimelineStep step) {
    this.id = UUID.randomUUID();
    this.request = request;
    this.seq = seq;
    this.occurredAt = step.at;
    this.actor = step.actor;
    this.action = step.action;
    this.fromStatus = step.from;
    this.toStatus = step.to;
    this.reason = step.reason;
    this.detail = step.detail;
  }

  public TimelineAction action() {
    return action;
  }

  public TimelineEntry view() {
    return new TimelineEntry(
        seq, occurredAt, actor, action.name(), fromStatus, toStatus, reason, detail);
  }

  @Override
  public String toString() {
    return "RequestEvent[" + id + ", " + action + "]";
  }
}
