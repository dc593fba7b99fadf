package fi.rekisteri.register.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, Long> {

  List<OutboxEvent> oldest(int limit) {
    return findAll(Sort.by("id")).page(0, limit).list();
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
