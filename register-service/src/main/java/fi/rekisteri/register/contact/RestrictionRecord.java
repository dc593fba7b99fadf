package fi.rekisteri.register.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One cause of a contact's restriction (Art. 18): the request or objection that caused it (none for
 * an erasure hold), why, since when and, once the Art. 18(3) notice has named it, the day it ends.
 * The contact stays restricted while it has any.
 */
@Embeddable
public class RestrictionRecord {

  @Column(name = "request_id")
  String requestId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind")
  RestrictionCause kind;

  @Column(name = "reason")
  String reason;

  @Column(name = "since")
  Instant since;

  @Column(name = "ends_on")
  LocalDate endsOn;

  protected RestrictionRecord() {}

  RestrictionRecord(String requestId, RestrictionCause kind, String reason, Instant since) {
    this.requestId = requestId;
    this.kind = kind;
    this.reason = reason;
    this.since = since;
  }

  public String requestId() {
    return requestId;
  }

  public RestrictionCause kind() {
    return kind;
  }

  /** Restricted before the causes were a set, with no request logged for it (V17). */
  boolean migratedWithoutRequest() {
    return requestId != null && requestId.startsWith("migrated:");
  }

  ContactView.Cause view() {
    return new ContactView.Cause(requestId, kind, endsOn);
  }

  @Override
  public String toString() {
    return "RestrictionRecord[" + kind + ", " + requestId + "]";
  }
}
