package fi.rekisteri.rights.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEntry, Long> {

  /**
   * Stages changes' entries in the caller's transaction ({@code audit_pending}, migration V11):
   * they commit or roll back with the change and take no lock; {@link AuditWriter} links them into
   * the chain after the commit (the service's user may not write the chain itself).
   */
  void stage(List<AuditEntry> entries) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    getEntityManager()
        .unwrap(org.hibernate.Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "INSERT INTO audit_pending (recorded_at, actor, role, subject_id, action,"
                          + " resource, purpose) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (AuditEntry entry : entries) {
                  insert.setObject(1, now.atOffset(ZoneOffset.UTC));
                  insert.setString(2, entry.actor);
                  insert.setString(3, entry.role);
                  insert.setObject(4, entry.subjectId);
                  insert.setString(5, entry.action);
                  insert.setString(6, entry.resource);
                  insert.setString(7, entry.purpose);
                  insert.addBatch();
                }
                insert.executeBatch();
              }
            });
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
