package fi.rekisteri.register.mention;

import fi.rekisteri.register.common.DomainException;
import fi.rekisteri.register.mention.MentionPatterns.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads and rewrites one free-text field of a record; a rewrite that lost a race is refused. */
@ApplicationScoped
public class MentionText {

  /** What a redacted mention becomes (DOMAIN.md: the erased value's mark). */
  public static final String REDACTED = "[poistettu]";

  private final EntityManager entityManager;

  public MentionText(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** The field's text; empty when the record is gone, "" when the field is empty. */
  @SuppressWarnings("unchecked")
  public Optional<String> read(MentionSource source, UUID recordId, String field) {
    require(source, field);
    List<Object> rows =
        entityManager
            .createNativeQuery(
                "SELECT coalesce(" + field + ", '') FROM " + source.table() + " WHERE id = ?1")
            .setParameter(1, recordId)
            .getResultList();
    return rows.stream().findFirst().map(String.class::cast);
  }

  /**
   * Replaces the spans with {@value #REDACTED} in {@code text} (the field as read) and writes the
   * result, only if the field still holds {@code text}. Returns the new text and the new spans.
   */
  public Redacted redact(
      MentionSource source, UUID recordId, String field, String text, List<Hit> hits) {
    require(source, field);
    Redacted redacted = redacted(text, hits);
    entityManager.flush();
    int updated =
        entityManager
            .createNativeQuery(
                "UPDATE "
                    + source.table()
                    + " SET "
                    + field
                    + " = ?1"
                    + source.touch()
                    + " WHERE id = ?2 AND coalesce("
                    + field
                    + ", '') = ?3")
            .setParameter(1, redacted.text())
            .setParameter(2, recordId)
            .setParameter(3, text)
            .executeUpdate();
    if (updated != 1) {
      throw DomainException.conflict(
          "The text was changed while the mention was being redacted; try again");
    }
    return redacted;
  }

  /** The text with the spans (not overlapping) replaced, and where each replacement now stands. */
  static Redacted redacted(String text, List<Hit> hits) {
    List<Hit> ordered = hits.stream().sorted(Comparator.comparingInt(Hit::start)).toList();
    StringBuilder out = new StringBuilder();
    List<Hit> spans = new ArrayList<>();
    int at = 0;
    for (Hit hit : ordered) {
      out.append(text, at, hit.start());
      int start = out.length();
      out.append(REDACTED);
      spans.add(new Hit(start, out.length(), hit.matchedBy()));
      at = hit.end();
    }
    out.append(text.substring(at));
    return new Redacted(out.toString(), spans);
  }

  /** The redacted text and the spans of {@value #REDACTED} in it, in the order of the hits. */
  public record Redacted(String text, List<Hit> spans) {}

  private static void require(MentionSource source, String field) {
    if (!source.fields().contains(field)) {
      throw new IllegalArgumentException("not a free-text field of the table");
    }
  }
}
