package fi.rekisteri.rights.audit;

import fi.rekisteri.platform.audit.AuditView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One read or write of a person's data in the rights service, as read back from the chain: ids and
 * codes only. Written only by the platform's group commit ({@link
 * fi.rekisteri.platform.audit.AuditWriter}, a change's entry staged first by {@link
 * fi.rekisteri.platform.audit.AuditStaging}), which chains it to the entry before; never changed
 * afterwards.
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
