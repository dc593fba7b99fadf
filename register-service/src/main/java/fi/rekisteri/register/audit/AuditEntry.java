package fi.rekisteri.register.audit;

import fi.rekisteri.platform.audit.AuditView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One read or write of a person's data (R9), as read back from the chain: ids and codes only.
 * Written, and linked to the entry before, only by the platform's group commit ({@link
 * fi.rekisteri.platform.audit.AuditWriter}); never changed afterwards. A change's entry waits in
 * {@code audit_pending} until its transaction has committed.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id Long id;

  @Column(name = "occurred_at")
  Instant occurredAt;

  String actor;
  String role;

  @Column(name = "subject_id")
  UUID subjectId;

  String action;
  String resource;
  String purpose;

  @Column(name = "prev_hash")
  String prevHash;

  String hash;

  protected AuditEntry() {}

  AuditView view() {
    return new AuditView(id, occurredAt, actor, role, subjectId, action, resource, purpose);
  }

  @Override
  public String toString() {
    return "AuditEntry[" + id + ", " + action + " " + resource + "]";
  }
}
