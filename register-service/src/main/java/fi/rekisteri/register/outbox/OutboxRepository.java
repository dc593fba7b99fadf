package fi.rekisteri.register.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.Session;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, Long> {

  /**
   * Writes the event in the caller's transaction with one plain INSERT: the row is never read or
   * changed in that transaction, so it is not made a managed entity (with its generated id, that
   * made every create run Hibernate's whole insert path for it; issue 20's POST profile, 19 %). The
   * id still comes from the table's sequence at insert time, so the relay's order by id is what it
   * was.
   */
  void insert(OutboxEvent event) {
    getEntityManager()
        .unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "INSERT INTO outbox_event (event_id, aggregate_type, aggregate_id,"
                          + " subject_id, event_type, occurred_at, payload)"
                          + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, event.eventId);
                insert.setString(2, event.aggregateType);
                insert.setObject(3, event.aggregateId);
                insert.setObject(4, event.subjectId);
                insert.setString(5, event.eventType);
                insert.setObject(6, event.occurredAt.atOffset(ZoneOffset.UTC));
                insert.setString(7, event.payload);
                insert.executeUpdate();
              }
            });
  }

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
