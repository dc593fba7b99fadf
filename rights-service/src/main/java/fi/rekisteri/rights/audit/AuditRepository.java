package fi.rekisteri.rights.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEntry, Long> {

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
