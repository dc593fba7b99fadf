package fi.rekisteri.rights.subject;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A person the register holds data on, known by id only; the register keeps the data itself. */
@Entity
@Table(name = "known_subject")
public class KnownSubject {

  @Id
  @Column(name = "subject_id")
  UUID subjectId;

  @Column(name = "first_seen_at")
  Instant firstSeenAt;

  @Column(name = "last_event_type")
  String lastEventType;

  @Column(name = "last_event_at")
  Instant lastEventAt;

  boolean restricted;
  boolean objected;

  @Column(name = "erased_at")
  Instant erasedAt;

  @Version long version;

  protected KnownSubject() {}

  KnownSubject(UUID subjectId, Instant now) {
    this.subjectId = subjectId;
    this.firstSeenAt = now;
  }

  void apply(RegisterEvent event, SubjectChange change) {
    lastEventType = event.eventType();
    lastEventAt = event.occurredAt();
    change.applyTo(this, event.occurredAt());
  }

  void restrict() {
    restricted = true;
  }

  void liftRestriction() {
    restricted = false;
  }

  void recordObjection() {
    objected = true;
  }

  void erased(Instant at) {
    erasedAt = at;
  }

  public UUID subjectId() {
    return subjectId;
  }

  public Instant erasedAt() {
    return erasedAt;
  }

  public SubjectView view() {
    return new SubjectView(
        subjectId, firstSeenAt, lastEventType, lastEventAt, restricted, objected, erasedAt);
  }

  @Override
  public String toString() {
    return "KnownSubject[" + subjectId + "]";
  }
}
