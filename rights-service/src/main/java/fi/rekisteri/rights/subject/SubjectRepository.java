package fi.rekisteri.rights.subject;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SubjectRepository implements PanacheRepositoryBase<KnownSubject, UUID> {

  /** At most {@code limit} of the subject's events after {@code after} (null: from the first). */
  List<SubjectEvent> events(UUID subjectId, SubjectEventCursor after, int limit) {
    String keyset =
        after == null
            ? ""
            : " and (e.occurredAt > :at or (e.occurredAt = :at and e.eventId > :eventId))";
    var query =
        getEntityManager()
            .createQuery(
                "from SubjectEvent e where e.subjectId = :id"
                    + keyset
                    + " order by e.occurredAt, e.eventId",
                SubjectEvent.class)
            .setParameter("id", subjectId)
            .setMaxResults(limit);
    if (after != null) {
      query.setParameter("at", after.occurredAt()).setParameter("eventId", after.eventId());
    }
    return query.getResultList();
  }

  public boolean hasEvent(UUID subjectId, String eventType, java.time.Instant notBefore) {
    return getEntityManager()
            .createQuery(
                "select count(e) from SubjectEvent e where e.subjectId = :id and e.eventType = :type"
                    + " and e.occurredAt >= :since",
                Long.class)
            .setParameter("id", subjectId)
            .setParameter("type", eventType)
            .setParameter("since", notBefore)
            .getSingleResult()
        > 0;
  }

  /**
   * Marks a known subject erased at {@code at} (an erasure from the erasure ledger applied again);
   * false when this service never saw the subject.
   */
  public boolean markErased(UUID subjectId, java.time.Instant at) {
    KnownSubject subject = findById(subjectId);
    if (subject == null) {
      return false;
    }
    subject.erased(at);
    return true;
  }

  List<KnownSubject> recent(int limit) {
    return findAll(Sort.descending("lastEventAt")).page(0, limit).list();
  }
}
