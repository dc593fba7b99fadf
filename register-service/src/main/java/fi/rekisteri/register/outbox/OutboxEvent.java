package fi.rekisteri.register.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A committed change waiting to be relayed to Kafka. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "event_id")
  UUID eventId;

  @Column(name = "aggregate_type")
  String aggregateType;

  @Column(name = "aggregate_id")
  UUID aggregateId;

  @Column(name = "subject_id")
  UUID subjectId;

  @Column(name = "event_type")
  String eventType;

  @Column(name = "occurred_at")
  Instant occurredAt;

  String payload;

  protected OutboxEvent() {}

  OutboxEvent(EventEnvelope envelope, String payload) {
    this.eventId = envelope.eventId();
    this.aggregateType = envelope.aggregateType();
    this.aggregateId = envelope.aggregateId();
    this.subjectId = envelope.subjectId();
    this.eventType = envelope.eventType();
    this.occurredAt = envelope.occurredAt();
    this.payload = payload;
  }

  /** Topic {@code <aggregate>.events}. */
  String topic() {
    return aggregateType + ".events";
  }

  /** Keyed by the subject, so one person's events stay in order; aggregates without one by id. */
  String key() {
    return (subjectId != null ? subjectId : aggregateId).toString();
  }

  @Override
  public String toString() {
    return "OutboxEvent[" + id + ", " + eventType + ", " + eventId + "]";
  }
}
