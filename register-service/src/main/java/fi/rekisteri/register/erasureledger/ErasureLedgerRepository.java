package fi.rekisteri.register.erasureledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The ledger's outbox rows and the re-applications of erasures, in this database. */
@ApplicationScoped
public class ErasureLedgerRepository {

  /** A ledger entry committed with its erasure and not yet acknowledged by the broker. */
  public record Pending(long id, UUID subjectId, String payload) {}

  /** One erasure made again at startup because this database did not hold it. */
  public record Reapplied(
      UUID subjectId, String requestId, Instant erasedAt, Instant reappliedAt, String outcome) {}

  private final EntityManager entityManager;

  public ErasureLedgerRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void append(UUID subjectId, String payload) {
    entityManager
        .createNativeQuery(
            "INSERT INTO erasure_ledger_outbox (subject_id, payload, created_at)"
                + " VALUES (?1, ?2, ?3)")
        .setParameter(1, subjectId)
        .setParameter(2, payload)
        .setParameter(3, Instant.now())
        .executeUpdate();
  }

  /** Whether the one pass that seals the entries written before seals existed has run. */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean sealingDone() {
    return ((Number)
                entityManager
                    .createNativeQuery("SELECT count(*) FROM erasure_ledger_sealing")
                    .getSingleResult())
            .longValue()
        > 0;
  }

  /**
   * Records the sealing pass; a second instance doing the same at the same time changes nothing.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void markSealingDone(int entries) {
    entityManager
        .createNativeQuery(
            "INSERT INTO erasure_ledger_sealing (id, sealed_at, entries) VALUES (1, ?1, ?2)"
                + " ON CONFLICT (id) DO NOTHING")
        .setParameter(1, Instant.now())
        .setParameter(2, entries)
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public List<Pending> oldest(int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT id, subject_id, payload FROM erasure_ledger_outbox ORDER BY id LIMIT ?1")
            .setParameter(1, limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Pending(
                    ((Number) r[0]).longValue(), UUID.fromString(r[1].toString()), (String) r[2]))
        .toList();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void deleteSent(List<Long> ids) {
    entityManager
        .createNativeQuery("DELETE FROM erasure_ledger_outbox WHERE id IN (?1)")
        .setParameter(1, ids)
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public long pending() {
    return ((Number)
            entityManager
                .createNativeQuery("SELECT count(*) FROM erasure_ledger_outbox")
                .getSingleResult())
        .longValue();
  }

  /** Until the transaction ends, no other instance re-applies a ledger entry. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void lockReapplication() {
    entityManager
        .createNativeQuery(
            "SELECT count(*) FROM (SELECT pg_advisory_xact_lock("
                + "hashtextextended('rekisteri.erasure-reapply', 0))) AS locked")
        .getSingleResult();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void recordReapplied(Reapplied reapplied) {
    entityManager
        .createNativeQuery(
            "INSERT INTO erasure_reapplication"
                + " (subject_id, request_id, erased_at, reapplied_at, outcome)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, reapplied.subjectId())
        .setParameter(2, reapplied.requestId())
        .setParameter(3, reapplied.erasedAt())
        .setParameter(4, reapplied.reappliedAt())
        .setParameter(5, reapplied.outcome())
        .executeUpdate();
  }

  /** The re-applications, newest first. */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Reapplied> reapplied(int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT subject_id, request_id, erased_at, reapplied_at, outcome"
                    + " FROM erasure_reapplication ORDER BY reapplied_at DESC, id DESC LIMIT ?1")
            .setParameter(1, limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Reapplied(
                    UUID.fromString(r[0].toString()),
                    (String) r[1],
                    instant(r[2]),
                    instant(r[3]),
                    (String) r[4]))
        .toList();
  }

  private static Instant instant(Object value) {
    return fi.rekisteri.platform.jdbc.SqlTimes.instant(value);
  }
}
