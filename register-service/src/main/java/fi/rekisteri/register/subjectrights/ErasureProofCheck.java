package fi.rekisteri.register.subjectrights;

import fi.rekisteri.register.contact.ContactIdentifiers;
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
      UUID subjectId, String requestId, ContactIdentifiers person, List<Kept> kept) {
    entityManager.flush();
    Map<String, List<Condition>> patterns = patterns(person);
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
      for (Map.Entry<String, List<Condition>> kind : patterns.entrySet()) {
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

  /**
   * A condition on a row's text: an ILIKE pattern (what V21's trigram indexes serve) or a regular
   * expression that rechecks the rows the pattern found.
   */
  record Condition(String operator, String value) {
    static Condition like(String value) {
      return new Condition("ILIKE", ErasureProofCheck.like(value));
    }

    static Condition regex(String value) {
      return new Condition("~*", value);
    }
  }

  /** Each kind of identifier: the conditions a row must all meet. */
  static Map<String, List<Condition>> patterns(ContactIdentifiers person) {
    Map<String, List<Condition>> patterns = new LinkedHashMap<>();
    if (usable(person.email())) {
      patterns.put("email", List.of(Condition.like(person.email())));
    }
    if (usable(person.phone())) {
      String digits = person.phone().replaceAll("[^0-9]", "");
      if (digits.length() >= 7) {
        // stored in E.164; the last seven digits find the candidate rows through the index, and
        // the whole number, as its own run of digits, decides: +358 40 1234567 is found as
        // +358401234567, 358401234567 and 0401234567, never as seven digits inside a hex id
        patterns.put(
            "phone",
            List.of(
                Condition.like(digits.substring(digits.length() - 7)),
                Condition.regex(wholeNumber(person.phone()))));
      }
    }
    if (usable(person.firstName()) && usable(person.lastName())) {
      patterns.put(
          "name", List.of(Condition.like(person.firstName()), Condition.like(person.lastName())));
    }
    List<String> streets = person.streets().stream().filter(ErasureProofCheck::usable).toList();
    for (String street : streets) {
      patterns.putIfAbsent("street", List.of(Condition.like(street)));
    }
    return patterns;
  }

  /**
   * The phone as a whole number in a row's text (a POSIX regular expression): Finnish numbers with
   * the country code or the national 0, others with their country code; not preceded or followed by
   * a letter or a digit.
   */
  static String wholeNumber(String phone) {
    String digits = phone.replaceAll("[^0-9]", "");
    String number =
        digits.startsWith("358") && phone.strip().startsWith("+")
            ? "(\\+?358|0)" + digits.substring(3)
            : "\\+?" + digits;
    return "(^|[^0-9a-z])" + number + "([^0-9a-z]|$)";
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

  private boolean found(String table, List<Condition> conditions) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT EXISTS (SELECT 1 FROM \"" + table.replace("\"", "") + "\" t WHERE ");
    for (int i = 0; i < conditions.size(); i++) {
      // the expression of V21's indexes: an index search on the tables that grow with people
      sql.append(i == 0 ? "" : " AND ")
          .append("public.proof_row_text(t) ")
          .append(conditions.get(i).operator())
          .append(" ?")
          .append(i + 1);
    }
    sql.append(")");
    var query = entityManager.createNativeQuery(sql.toString());
    for (int i = 0; i < conditions.size(); i++) {
      query.setParameter(i + 1, conditions.get(i).value());
    }
    return Boolean.TRUE.equals(query.getSingleResult());
  }
}
