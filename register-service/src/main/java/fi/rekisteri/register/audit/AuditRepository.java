package fi.rekisteri.register.audit;

import fi.rekisteri.platform.audit.AuditLinks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEntry, Long>, AuditLinks {

  /**
   * Stages changes' entries in the caller's transaction ({@code audit_pending}): they commit or
   * roll back with the change and take no lock; {@link AuditWriter} links them after the commit.
   */
  void stage(List<AuditEntry> entries) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    getEntityManager()
        .unwrap(org.hibernate.Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "INSERT INTO audit_pending (recorded_at, actor, role, subject_id, action,"
                          + " resource, purpose) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (AuditEntry entry : entries) {
                  insert.setObject(1, now.atOffset(ZoneOffset.UTC));
                  insert.setString(2, entry.actor);
                  insert.setString(3, entry.role);
                  insert.setObject(4, entry.subjectId);
                  insert.setString(5, entry.action);
                  insert.setString(6, entry.resource);
                  insert.setString(7, entry.purpose);
                  insert.addBatch();
                }
                insert.executeBatch();
              }
            });
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

  List<AuditEntry> forSubject(UUID subjectId, long afterId, int limit) {
    return find("subjectId = ?1 and id > ?2", Sort.by("id"), subjectId, afterId)
        .page(0, limit)
        .list();
  }

  public long countForSubject(UUID subjectId) {
    return count("subjectId", subjectId);
  }
}
