package fi.rekisteri.register.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, Long> {

  /** The oldest unsent events, locked so that a second relay instance skips them. */
  @SuppressWarnings("unchecked")
  List<OutboxEvent> lockOldest(int limit) {
    return getEntityManager()
        .createNativeQuery(
            "SELECT * FROM outbox_event ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED",
            OutboxEvent.class)
        .setParameter("limit", limit)
        .getResultList();
  }

  Instant oldestOccurredAt() {
    return getEntityManager()
        .createQuery("SELECT min(e.occurredAt) FROM OutboxEvent e", Instant.class)
        .getSingleResult();
  }

  void deleteSent(List<Long> ids) {
    delete("id in ?1", ids);
  }
}
