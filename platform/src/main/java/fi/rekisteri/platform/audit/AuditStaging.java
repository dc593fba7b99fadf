package fi.rekisteri.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hibernate.Session;

/**
 * Stages changes' entries in the caller's transaction ({@code audit_pending}, on the service's own
 * connection): they commit or roll back with the change and take no lock. Once that transaction has
 * committed, the caller's thread waits until the group commit ({@link AuditWriter#linkStaged}) has
 * linked them into the chain, so the request answers once its entry is there. The service's user
 * may only INSERT there ({@link AuditTableOwner}); it never writes the chain itself.
 */
@ApplicationScoped
public class AuditStaging {

  /** Set in a transaction that staged an entry: the chain is joined after it commits. */
  private static final String STAGED = "rekisteri.audit.staged";

  private final EntityManager entityManager;
  private final TransactionSynchronizationRegistry transactions;
  private final AuditWriter writer;

  public AuditStaging(
      EntityManager entityManager,
      TransactionSynchronizationRegistry transactions,
      AuditWriter writer) {
    this.entityManager = entityManager;
    this.transactions = transactions;
    this.writer = writer;
  }

  /**
   * Stages the entries in one batch; linked into the chain once the caller's transaction commits.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void stage(List<AuditRecord> entries) {
    if (entries.isEmpty()) {
      return;
    }
    insert(entries);
    if (transactions.getResource(STAGED) == null) {
      transactions.putResource(STAGED, Boolean.TRUE);
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {
              // the entries commit with the change
            }

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                writer.linkStaged();
              }
            }
          });
    }
  }

  private void insert(List<AuditRecord> entries) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    entityManager
        .unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "INSERT INTO audit_pending (recorded_at, actor, role, subject_id, action,"
                          + " resource, purpose) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (AuditRecord entry : entries) {
                  insert.setObject(1, now.atOffset(ZoneOffset.UTC));
                  insert.setString(2, entry.actor());
                  insert.setString(3, entry.role());
                  insert.setObject(4, entry.subjectId());
                  insert.setString(5, entry.action());
                  insert.setString(6, entry.resource());
                  insert.setString(7, entry.purpose());
                  insert.addBatch();
                }
                insert.executeBatch();
              }
            });
  }
}
