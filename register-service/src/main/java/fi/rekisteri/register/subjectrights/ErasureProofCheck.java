package fi.rekisteri.register.subjectrights;

import fi.rekisteri.register.contact.Contact;
import fi.rekisteri.register.mention.MentionService;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.ErasureProof;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.Kept;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.Remaining;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * After an erasure, in its transaction: searches every table of the register for the person's
 * identifiers as they were before it (email, phone, first and last name together, street addresses)
 * and says where they are still found and why (the holds the erasure kept). A full erasure finds
 * nothing; anything found without a hold is a defect the DPO sees on the request. Rows are searched
 * as text ({@code proof_row_text}, indexed by V21 on the tables that grow with the number of
 * people), so a mention in any column (notes, order summaries, worksite fields) counts too.
 */
@ApplicationScoped
public class ErasureProofCheck {

  /** Not data about people: the migration history. */
  private static final List<String> NOT_CHECKED = List.of("flyway_schema_history");

  private final EntityManager entityManager;
  private final MentionService mentions;

  public ErasureProofCheck(EntityManager entityManager, MentionService mentions) {
    this.entityManager = entityManager;
    this.mentions = mentions;
  }

  /**
   * The proof of the erasure {@code requestId} of {@code subjectId}; {@code mentions}: what it left
   * of her mentions in other records' free text, and why.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public ErasureProof check(
      UUID subjectId, String requestId, Contact.Identifiers person, List<Kept> kept) {
    entityManager.flush();
    Map<String, List<String>> patterns = patterns(person);
    List<String> checked = tables();
    List<Remaining> remaining = new ArrayList<>();
    List<String> keptFor =
        kept.stream().map(k -> String.valueOf(k.ground())).distinct().sorted().toList();
    LocalDate until =
        kept.stream().anyMatch(k -> k.until() == null)
            ? null
            : kept.stream()
                .map(Kept::until)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
    for (String table : checked) {
      List<String> found = new ArrayList<>();
      for (Map.Entry<String, List<String>> kind : patterns.entrySet()) {
        if (found(table, kind.getValue())) {
          found.add(kind.getKey());
        }
      }
      if (!found.isEmpty()) {
        remaining.add(new Remaining(table, found, keptFor, keptFor.isEmpty() ? null : until));
      }
    }
    return new ErasureProof(checked, remaining, mentions.remaining(subjectId, requestId));
  }

  /** Each kind of identifier: the ILIKE patterns a row must all match. */
  static Map<String, List<String>> patterns(Contact.Identifiers person) {
    Map<String, List<String>> patterns = new LinkedHashMap<>();
    if (usable(person.email())) {
      patterns.put("email", List.of(like(person.email())));
    }
    if (usable(person.phone())) {
      // stored in E.164; the national digits find it in free text too (040 123 4567 -> 1234567)
      String digits = person.phone().replaceAll("[^0-9]", "");
      patterns.put(
          "phone",
          List.of(like(digits.length() > 7 ? digits.substring(digits.length() - 7) : digits)));
    }
    if (usable(person.firstName()) && usable(person.lastName())) {
      patterns.put("name", List.of(like(person.firstName()), like(person.lastName())));
    }
    List<String> streets = person.streets().stream().filter(ErasureProofCheck::usable).toList();
    for (String street : streets) {
      patterns.putIfAbsent("street", List.of(like(street)));
    }
    return patterns;
  }

  private static boolean usable(String value) {
    return value != null && value.strip().length() >= 3;
  }

  private static String like(String value) {
    return "%" + value.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  @SuppressWarnings("unchecked")
  private List<String> tables() {
    List<String> names =
        entityManager
            .createNativeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                    + " AND table_type = 'BASE TABLE' ORDER BY table_name")
            .getResultList();
    return names.stream().filter(n -> !NOT_CHECKED.contains(n)).toList();
  }

  private boolean found(String table, List<String> patterns) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT EXISTS (SELECT 1 FROM \"" + table.replace("\"", "") + "\" t WHERE ");
    for (int i = 0; i < patterns.size(); i++) {
      // the expression of V21's indexes: an index search on the tables that grow with people
      sql.append(i == 0 ? "" : " AND ").append("public.proof_row_text(t) ILIKE ?").append(i + 1);
    }
    sql.append(")");
    var query = entityManager.createNativeQuery(sql.toString());
    for (int i = 0; i < patterns.size(); i++) {
      query.setParameter(i + 1, patterns.get(i));
    }
    return Boolean.TRUE.equals(query.getSingleResult());
  }
}
