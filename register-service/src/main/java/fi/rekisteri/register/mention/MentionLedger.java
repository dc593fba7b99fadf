package fi.rekisteri.register.mention;

import fi.rekisteri.register.mention.MentionPatterns.MatchedBy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What became of each mention (table {@code mention_outcome}, V20): redacted, left under a hold or
 * waiting for the DPO's confirmation. Holds no text and no identifier of the person, only where the
 * mention is (record, field, span) and a digest of the field's text at the time.
 */
@ApplicationScoped
public class MentionLedger {

  /** A mention's state once the register has acted on it. */
  public enum State {
    REDACTED,
    HELD,
    PENDING
  }

  /** One row. {@code start}/{@code end}: the span in the text whose digest is {@code sha256}. */
  public record Outcome(
      UUID id,
      UUID subjectId,
      MentionSource source,
      UUID recordId,
      String field,
      MatchedBy matchedBy,
      State state,
      int start,
      int end,
      String sha256,
      String requestId) {}

  private final EntityManager entityManager;

  public MentionLedger(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** Records an outcome; a later one for the same mention replaces the earlier. */
  public void record(Outcome outcome) {
    entityManager
        .createNativeQuery(
            "INSERT INTO mention_outcome (id, subject_id, source_table, record_id, field,"
                + " matched_by, state, span_start, span_end, text_sha256, request_id, recorded_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) ON CONFLICT (id) DO"
                + " UPDATE SET state = EXCLUDED.state, span_start = EXCLUDED.span_start, span_end ="
                + " EXCLUDED.span_end, text_sha256 = EXCLUDED.text_sha256, request_id ="
                + " EXCLUDED.request_id, recorded_at = EXCLUDED.recorded_at")
        .setParameter(1, outcome.id())
        .setParameter(2, outcome.subjectId())
        .setParameter(3, outcome.source().table())
        .setParameter(4, outcome.recordId())
        .setParameter(5, outcome.field())
        .setParameter(6, outcome.matchedBy().name())
        .setParameter(7, outcome.state().name())
        .setParameter(8, outcome.start())
        .setParameter(9, outcome.end())
        .setParameter(10, outcome.sha256())
        .setParameter(11, outcome.requestId())
        .setParameter(12, Timestamp.from(Instant.now()))
        .executeUpdate();
  }

  public List<Outcome> forSubject(UUID subjectId) {
    return query("WHERE subject_id = ?1 ORDER BY recorded_at, id", subjectId);
  }

  public Optional<Outcome> find(UUID id) {
    return query("WHERE id = ?1", id).stream().findFirst();
  }

  @SuppressWarnings("unchecked")
  private List<Outcome> query(String where, UUID parameter) {
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT id, subject_id, source_table, record_id, field, matched_by, state,"
                    + " span_start, span_end, text_sha256, request_id FROM mention_outcome "
                    + where)
            .setParameter(1, parameter)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Outcome(
                    (UUID) r[0],
                    (UUID) r[1],
                    MentionSource.ofTable((String) r[2]),
                    (UUID) r[3],
                    (String) r[4],
                    MatchedBy.valueOf((String) r[5]),
                    State.valueOf((String) r[6]),
                    ((Number) r[7]).intValue(),
                    ((Number) r[8]).intValue(),
                    (String) r[9],
                    (String) r[10]))
        .toList();
  }
}
