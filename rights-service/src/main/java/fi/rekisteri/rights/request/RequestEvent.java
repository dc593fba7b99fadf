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

  /** Free text: what a person wrote (the DPO's reason, a relay's answer); null with a note. */
  String reason;

  String detail;

  /** A reason the service wrote, as {@link TimelineNote} JSON; worded when read. */
  @Column(name = "reason_note")
  String reasonNote;

  @Column(name = "detail_note")
  String detailNote;

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
    this.reasonNote = step.reasonNote == null ? null : step.reasonNote.json();
    this.detailNote = step.detailNote == null ? null : step.detailNote.json();
  }

  public TimelineAction action() {
    return action;
  }

  /** The detail the service wrote, null when there is none or it is free text. */
  TimelineNote detailNote() {
    return detailNote == null ? null : TimelineNote.fromJson(detailNote);
  }

  /** The step with its notes as codes only: free text as written, nothing worded. */
  public TimelineEntry view() {
    return view(null);
  }

  /** The step with its notes worded in {@code language}; free text as it was written. */
  public TimelineEntry view(Language language) {
    TimelineNote reasonCode = reasonNote == null ? null : TimelineNote.fromJson(reasonNote);
    TimelineNote detailCode = detailNote();
    return new TimelineEntry(
        seq,
        occurredAt,
        actor,
        action.name(),
        fromStatus,
        toStatus,
        worded(reason, reasonCode, language),
        worded(detail, detailCode, language),
        reasonCode,
        detailCode);
  }

  private static String worded(String text, TimelineNote note, Language language) {
    return note == null || language == null ? text : TimelineWords.word(note, language);
  }

  @Override
  public String toString() {
    return "RequestEvent[" + id + ", " + action + "]";
  }
}
