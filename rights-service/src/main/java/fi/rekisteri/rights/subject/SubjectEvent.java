package fi.rekisteri.rights.subject;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One register event about a subject, kept as proof of what the register did and when. */
@Entity
@Table(name = "subject_event")
public class SubjectEvent {

  @Id
  @Column(name = "event_id")
  UUID eventId;

  @Column(name = "subject_id")
  UUID subjectId;

  @Column(name = "event_type")
  String eventType;

  @Column(name = "aggregate_type")
  String aggregateType;

  @Column(name = "aggregate_id")
  UUID aggregateId;

  @Column(name = "occurred_at")
  Instant occurredAt;

  @Column(name = "received_at")
  Instant receivedAt;

  String body;

  protected SubjectEvent() {}

  SubjectEvent(RegisterEvent event, Instant receivedAt) {
    this.eventId = event.eventId();
    this.subjectId = event.subjectId();
    this.eventType = event.eventType();
    this.aggregateType = event.aggregateType();
    this.aggregateId = event.aggregateId();
    this.occurredAt = event.occurredAt();
    this.receivedAt = receivedAt;
    this.body = event.body() == null ? "{}" : event.body().toString();
  }

  public String eventType() {
    return eventType;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public SubjectEventView view() {
    return new SubjectEventView(
        eventId, eventType, aggregateType, aggregateId, occurredAt, receivedAt);
  }

  @Override
  public String toString() {
    return "SubjectEvent[" + eventId + ", " + eventType + "]";
  }
}
