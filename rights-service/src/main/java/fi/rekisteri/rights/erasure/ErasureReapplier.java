package fi.rekisteri.rights.erasure;

import fi.rekisteri.rights.accesspackage.CopyRetention;
import fi.rekisteri.rights.subject.KnownSubject;
import fi.rekisteri.rights.subject.SubjectRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One ledger entry against this database: what the register's ContactErased does here (the person's
 * stored copies deleted, the known subject marked erased), when this database has not got it, in
 * one transaction with its record of re-application.
 */
@ApplicationScoped
public class ErasureReapplier {

  /** The ledger entry's event time and ours may differ by a clock tick. */
  private static final java.time.Duration SAME_ERASURE = java.time.Duration.ofSeconds(1);

  /** One erasure applied again at startup. */
  public record Reapplied(
      UUID subjectId, String requestId, Instant erasedAt, Instant reappliedAt, int copiesDeleted) {}

  private final SubjectRepository subjects;
  private final CopyRetention copies;
  private final EntityManager entityManager;

  public ErasureReapplier(
      SubjectRepository subjects, CopyRetention copies, EntityManager entityManager) {
    this.subjects = subjects;
    this.copies = copies;
    this.entityManager = entityManager;
  }

  /** The re-application, or empty when this database has the erasure or nothing of the subject. */
  @Transactional
  public Optional<Reapplied> reapply(ErasureLedgerEntry entry) {
    // instances starting together after a restore take the entries one at a time
    entityManager
        .createNativeQuery(
            "SELECT count(*) FROM (SELECT pg_advisory_xact_lock("
                + "hashtextextended('rekisteri.erasure-reapply', 0))) AS locked")
        .getSingleResult();
    KnownSubject subject = subjects.findById(entry.subjectId());
    if (subject != null
        && subject.erasedAt() != null
        && !subject.erasedAt().isBefore(entry.erasedAt().minus(SAME_ERASURE))) {
      return Optional.empty();
    }
    int deleted = copies.deleteCopiesOf(entry.subjectId());
    boolean known = subjects.markErased(entry.subjectId(), entry.erasedAt());
    if (!known && deleted == 0) {
      return Optional.empty();
    }
    Reapplied reapplied =
        new Reapplied(
            entry.subjectId(), entry.requestId(), entry.erasedAt(), Instant.now(), deleted);
    entityManager
        .createNativeQuery(
            "INSERT INTO erasure_reapplication"
                + " (subject_id, request_id, erased_at, reapplied_at, copies_deleted)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, reapplied.subjectId())
        .setParameter(2, reapplied.requestId())
        .setParameter(3, reapplied.erasedAt())
        .setParameter(4, reapplied.reappliedAt())
        .setParameter(5, reapplied.copiesDeleted())
        .executeUpdate();
    return Optional.of(reapplied);
  }

  /** The re-applications, newest first. */
  @Transactional
  public List<Reapplied> recent(int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT subject_id, request_id, erased_at, reapplied_at, copies_deleted"
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
                    ((Number) r[4]).intValue()))
        .toList();
  }

  private static Instant instant(Object value) {
    return fi.rekisteri.platform.jdbc.SqlTimes.instant(value);
  }
}
