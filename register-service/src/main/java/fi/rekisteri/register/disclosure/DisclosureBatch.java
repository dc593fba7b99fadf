package fi.rekisteri.register.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Ledger rows written many at a time, the same rows {@link DisclosureLedger#record} writes. */
@ApplicationScoped
public class DisclosureBatch {

  private final EntityManager entityManager;

  public DisclosureBatch(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * In the caller's transaction: one row per subject and receiver, as {@link #record} writes them,
   * with one batch insert.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordAll(
      List<UUID> subjectIds,
      List<Receiver> receivers,
      boolean marketing,
      String dataCategories,
      String purpose,
      String by) {
    if (subjectIds.isEmpty() || receivers.isEmpty()) {
      return;
    }
    java.time.OffsetDateTime now =
        java.time.OffsetDateTime.ofInstant(java.time.Instant.now(), java.time.ZoneOffset.UTC);
    entityManager
        .unwrap(org.hibernate.Session.class)
        .doWork(
            connection -> {
              try (var insert =
                  connection.prepareStatement(
                      "INSERT INTO disclosure (id, subject_id, recipient, recipient_kind,"
                          + " marketing, data_categories, purpose, disclosed_at, disclosed_by)"
                          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (UUID subjectId : subjectIds) {
                  for (Receiver receiver : receivers) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, subjectId);
                    insert.setString(3, receiver.name());
                    insert.setString(4, receiver.kind().name());
                    insert.setBoolean(5, marketing);
                    insert.setString(6, dataCategories);
                    insert.setString(7, purpose);
                    insert.setObject(8, now);
                    insert.setString(9, by);
                    insert.addBatch();
                  }
                }
                insert.executeBatch();
              }
            });
  }
}
