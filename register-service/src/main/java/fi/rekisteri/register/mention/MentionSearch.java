package fi.rekisteri.register.mention;

import fi.rekisteri.register.common.LikePatterns;
import fi.rekisteri.register.mention.MentionPatterns.Hit;
import fi.rekisteri.register.mention.MentionPatterns.Identifiers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Finds where a person is mentioned in the free text of records other than her own (V20): the GIN
 * index of {@code mention_keys} finds the rows holding her email or phone, the trigram index of the
 * lower-cased text the rows holding her full name; {@link MentionPatterns} then finds each place in
 * each field. At most {@value #LIMIT} rows a table: a common name is no reason to read the
 * register.
 */
@ApplicationScoped
public class MentionSearch {

  static final int LIMIT = 500;

  /** One place where the person is mentioned; {@code text} is the whole field as it is now. */
  public record Found(
      UUID id,
      UUID subjectId,
      MentionSource source,
      UUID recordId,
      String field,
      String text,
      Hit hit,
      boolean held) {}

  private final EntityManager entityManager;

  public MentionSearch(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  public List<Found> find(UUID subjectId, Identifiers person) {
    List<Found> found = new ArrayList<>();
    if (person.none()) {
      return found;
    }
    for (MentionSource source : MentionSource.values()) {
      found.addAll(find(subjectId, person, source));
    }
    return found;
  }

  @SuppressWarnings("unchecked")
  private List<Found> find(UUID subjectId, Identifiers person, MentionSource source) {
    List<String> conditions = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    parameters.add(subjectId);
    if (!person.keys().isEmpty()) {
      parameters.add(String.join(" ", person.keys()));
      conditions.add(
          source.keysExpression() + " && string_to_array(?" + parameters.size() + ", ' ')");
    }
    for (String name : person.names()) {
      parameters.add(LikePatterns.contains(name));
      conditions.add(
          source.nameExpression() + " LIKE ?" + parameters.size() + " " + LikePatterns.ESCAPE);
    }
    String sql =
        "SELECT t.id, "
            + String.join(", ", source.fields().stream().map(f -> "t." + f).toList())
            + ", EXISTS (SELECT 1 FROM erasure_hold h WHERE h.subject_id = t."
            + source.owner()
            + ") FROM "
            + source.table()
            + " t WHERE (t."
            + source.owner()
            + " IS NULL OR t."
            + source.owner()
            + " <> ?1) AND ("
            + String.join(" OR ", conditions)
            + ") ORDER BY t.id LIMIT "
            + LIMIT;
    var query = entityManager.createNativeQuery(sql);
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    List<Found> found = new ArrayList<>();
    for (Object[] row : (List<Object[]>) query.getResultList()) {
      UUID recordId = (UUID) row[0];
      boolean held = Boolean.TRUE.equals(row[row.length - 1]);
      for (int f = 0; f < source.fields().size(); f++) {
        String text = (String) row[f + 1];
        String field = source.fields().get(f);
        for (Hit hit : MentionPatterns.hits(text, person)) {
          found.add(
              new Found(
                  id(subjectId, source, recordId, field, hit, text),
                  subjectId,
                  source,
                  recordId,
                  field,
                  text,
                  hit,
                  held));
        }
      }
    }
    return found;
  }

  /**
   * A mention's id: the subject, the record and field, how and where it was found and a digest of
   * the field's text. No value of the person goes into it; an edit of the text gives new ids.
   */
  static UUID id(
      UUID subjectId, MentionSource source, UUID recordId, String field, Hit hit, String text) {
    String name =
        String.join(
            "|",
            "mention",
            subjectId.toString(),
            source.table(),
            recordId.toString(),
            field,
            hit.matchedBy().name(),
            Integer.toString(hit.start()),
            sha256(text));
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest((text == null ? "" : text).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
