package fi.rekisteri.rights.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEntry, Long> {

  /**
   * Appends an entry to the chain in the caller's transaction, through the audit owner's {@code
   * audit_append} (migration V7; the service's user may not write the audit tables itself). The
   * chain's head row stays locked until the transaction ends, so appends have one order; the id and
   * time are taken under the lock, so both grow along the chain.
   */
  void append(AuditEntry entry) {
    Object[] row =
        (Object[])
            getEntityManager()
                .createNativeQuery(
                    "SELECT entry_id, entry_at, entry_prev_hash, entry_hash"
                        + " FROM audit_append(?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, entry.actor)
                .setParameter(2, entry.role)
                .setParameter(3, entry.subjectId)
                .setParameter(4, entry.action)
                .setParameter(5, entry.resource)
                .setParameter(6, entry.purpose)
                .getSingleResult();
    entry.id = ((Number) row[0]).longValue();
    entry.occurredAt = instant(row[1]);
    entry.prevHash = (String) row[2];
    entry.hash = (String) row[3];
  }

  private static Instant instant(Object value) {
    return fi.rekisteri.platform.jdbc.SqlTimes.instant(value);
  }

  /** The register subject a data-subject request was matched to, if any. */
  UUID subjectOfRequest(UUID requestId) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        getEntityManager()
            .createNativeQuery("SELECT subject_id FROM data_subject_request WHERE id = ?1")
            .setParameter(1, requestId)
            .getResultList();
    Object subject = rows.isEmpty() ? null : rows.get(0);
    return subject == null ? null : UUID.fromString(subject.toString());
  }

  List<AuditEntry> forSubject(UUID subjectId, long afterId, int limit) {
    return find("subjectId = ?1 and id > ?2", Sort.by("id"), subjectId, afterId)
        .page(0, limit)
        .list();
  }

  long countForSubject(UUID subjectId) {
    return count("subjectId", subjectId);
  }
}
