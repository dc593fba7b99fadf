package fi.rekisteri.register.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEntry, Long> {

  List<AuditEntry> forSubject(UUID subjectId, long afterId, int limit) {
    return find("subjectId = ?1 and id > ?2", Sort.by("id"), subjectId, afterId)
        .page(0, limit)
        .list();
  }

  public long countForSubject(UUID subjectId) {
    return count("subjectId", subjectId);
  }
}
