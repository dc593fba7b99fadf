package fi.rekisteri.register.audit;

import fi.rekisteri.platform.audit.AuditView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One read or write of a person's data (R9): ids and codes only. Linked to the entry before only by
 * {@link ChainAppend}, by the audit writer; never changed afterwards. A change's entry waits in
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

  AuditEntry(
      String actor,
      String role,
      UUID subjectId,
      AuditAction action,
      String resource,
      String purpose) {
    this.actor = actor;
    this.role = role;
    this.subjectId = subjectId;
    this.action = action.name();
    this.resource = resource;
    this.purpose = purpose;
  }

  /** An entry staged in {@code audit_pending}, as read back to be linked into the chain. */
  static AuditEntry staged(
      String actor, String role, UUID subjectId, String action, String resource, String purpose) {
    AuditEntry entry = new AuditEntry();
    entry.actor = actor;
    entry.role = role;
    entry.subjectId = subjectId;
    entry.action = action;
    entry.resource = resource;
    entry.purpose = purpose;
    return entry;
  }

  AuditView view() {
    return new AuditView(id, occurredAt, actor, role, subjectId, action, resource, purpose);
  }

  @Override
  public String toString() {
    return "AuditEntry[" + id + ", " + action + " " + resource + "]";
  }
}
