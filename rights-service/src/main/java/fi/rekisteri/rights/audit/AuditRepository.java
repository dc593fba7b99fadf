package fi.rekisteri.rights.audit;

import fi.rekisteri.platform.audit.AuditChain;
import fi.rekisteri.platform.audit.AuditLinks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEntry, Long>, AuditLinks {

  /**
   * Appends an entry to the chain in the caller's transaction. The chain's head row is locked until
   * the transaction ends, so appends have one order; the id and time are taken under the lock, so
   * both grow along the chain.
   */
  void append(AuditEntry entry) {
    Object[] head =
        (Object[])
            getEntityManager()
                .createNativeQuery(
                    "SELECT last_hash, nextval('audit_entry_id_seq') FROM audit_chain"
                        + " WHERE id = 1 FOR UPDATE")
                .getSingleResult();
    entry.prevHash = (String) head[0];
    entry.id = ((Number) head[1]).longValue();
    entry.occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    entry.hash =
        AuditChain.hash(
            entry.prevHash,
            entry.id,
            entry.occurredAt,
            entry.actor,
            entry.role,
            entry.subjectId,
            entry.action,
            entry.resource,
            entry.purpose);
    getEntityManager()
        .createNativeQuery(
            "WITH e AS (INSERT INTO audit_entry (id, occurred_at, actor, role, subject_id, action,"
                + " resource, purpose, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
                + " ?10)) UPDATE audit_chain SET last_id = ?1, last_hash = ?10 WHERE id = 1")
        .setParameter(1, entry.id)
        .setParameter(2, entry.occurredAt)
        .setParameter(3, entry.actor)
        .setParameter(4, entry.role)
        .setParameter(5, entry.subjectId)
        .setParameter(6, entry.action)
        .setParameter(7, entry.resource)
        .setParameter(8, entry.purpose)
        .setParameter(9, entry.prevHash)
        .setParameter(10, entry.hash)
        .executeUpdate();
  }

  @Override
  public Head head() {
    Object[] row =
        (Object[])
            getEntityManager()
                .createNativeQuery(
                    "SELECT anchor_id, anchor_hash, last_id, last_hash FROM audit_chain WHERE id = 1")
                .getSingleResult();
    return new Head(
        ((Number) row[0]).longValue(),
        (String) row[1],
        ((Number) row[2]).longValue(),
        (String) row[3]);
  }

  /** The next links after {@code afterId} up to {@code lastId}, in chain order; not managed. */
  @Override
  public List<Link> links(long afterId, long lastId, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "SELECT id, occurred_at, actor, role, subject_id, action, resource, purpose,"
                    + " prev_hash, hash FROM audit_entry WHERE id > ?1 AND id <= ?2 ORDER BY id"
                    + " LIMIT ?3")
            .setParameter(1, afterId)
            .setParameter(2, lastId)
            .setParameter(3, limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Link(
                    ((Number) r[0]).longValue(),
                    instant(r[1]),
                    (String) r[2],
                    (String) r[3],
                    r[4] == null ? null : UUID.fromString(r[4].toString()),
                    (String) r[5],
                    (String) r[6],
                    (String) r[7],
                    (String) r[8],
                    (String) r[9]))
        .toList();
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    throw new IllegalStateException("unexpected time type " + value.getClass().getName());
  }

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
