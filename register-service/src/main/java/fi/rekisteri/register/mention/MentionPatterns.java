package fi.rekisteri.register.mention;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifiers of a person as they are written in free text: emails (compared in lower case),
 * Finnish phone numbers in any common spelling (compared in E.164: {@code 040-123 4567}, {@code
 * 0401234567}, {@code +358 40 123 4567} and {@code 00358 40 1234567} are all {@code +358401234567})
 * and full names (compared case-insensitively, as whole words). The email and phone patterns are
 * the ones of the database function {@code mention_keys} (V20), whose GIN indexes find the rows;
 * {@code MentionPatternsTest} checks that both give the same keys.
 */
public final class MentionPatterns {

  static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

  static final Pattern PHONE =
      Pattern.compile("(?<![0-9+])(?:\\+358|00358|0)[ -]?[0-9](?:[ -]?[0-9]){5,10}(?![0-9])");

  private MentionPatterns() {}

  /** How a mention was found. */
  public enum MatchedBy {
    EMAIL,
    PHONE,
    NAME
  }

  /** One place in a text where the person's identifier stands: [start, end). */
  public record Hit(int start, int end, MatchedBy matchedBy) {}

  /** What the search looks for: a lower-case email, an E.164 phone, full-name spellings. */
  public record Identifiers(String email, String phone, List<String> names) {

    public static Identifiers of(String email, String phone, String firstName, String lastName) {
      List<String> names = new ArrayList<>();
      String first = collapse(firstName);
      String last = collapse(lastName);
      if (first != null && last != null) {
        names.add(first + " " + last);
        names.add(last + " " + first);
      }
      String normalisedEmail =
          email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
      String normalisedPhone =
          phone == null || phone.isBlank() ? null : MentionPatterns.phone(phone);
      return new Identifiers(normalisedEmail, normalisedPhone, List.copyOf(names));
    }

    public boolean none() {
      return email == null && phone == null && names.isEmpty();
    }

    /** The email and phone, as keys of {@code mention_keys}. */
    public List<String> keys() {
      List<String> keys = new ArrayList<>();
      if (email != null) {
        keys.add(email);
      }
      if (phone != null) {
        keys.add(phone);
      }
      return keys;
    }
  }

  private static String collapse(String value) {
    if (value == null) {
      return null;
    }
    String collapsed = value.strip().replaceAll("\\s+", " ");
    return collapsed.length() < 2 ? null : collapsed;
  }

  /** A phone number as written, in E.164 when it is Finnish (as {@code mention_phone}). */
  public static String phone(String raw) {
    String d = raw.replaceAll("[^0-9+]", "");
    if (d.startsWith("+3580")) {
      return "+358" + d.substring(5);
    } else if (d.startsWith("+358")) {
      return d;
    } else if (d.startsWith("003580")) {
      return "+358" + d.substring(6);
    } else if (d.startsWith("00358")) {
      return "+" + d.substring(2);
    } else if (d.startsWith("0")) {
      return "+358" + d.substring(1);
    }
    return d;
  }

  /** The keys {@code mention_keys} gives for a text: emails in lower case, phones in E.164. */
  public static Set<String> keys(String text) {
    Set<String> keys = new LinkedHashSet<>();
    if (text == null) {
      return keys;
    }
    Matcher email = EMAIL.matcher(text);
    while (email.find()) {
      keys.add(email.group().toLowerCase(Locale.ROOT));
    }
    Matcher phone = PHONE.matcher(text);
    while (phone.find()) {
      keys.add(phone(phone.group()));
    }
    return keys;
  }

  /** Where the person stands in a text, in text order. */
  public static List<Hit> hits(String text, Identifiers person) {
    List<Hit> hits = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return hits;
    }
    if (person.email() != null) {
      Matcher m = EMAIL.matcher(text);
      while (m.find()) {
        if (m.group().toLowerCase(Locale.ROOT).equals(person.email())) {
          hits.add(new Hit(m.start(), m.end(), MatchedBy.EMAIL));
        }
      }
    }
    if (person.phone() != null) {
      Matcher m = PHONE.matcher(text);
      while (m.find()) {
        if (phone(m.group()).equals(person.phone())) {
          hits.add(new Hit(m.start(), m.end(), MatchedBy.PHONE));
        }
      }
    }
    for (String name : person.names()) {
      Matcher m = namePattern(name).matcher(text);
      while (m.find()) {
        int start = m.start();
        int end = m.end();
        if (hits.stream().noneMatch(h -> h.start() < end && start < h.end())) {
          hits.add(new Hit(start, end, MatchedBy.NAME));
        }
      }
    }
    hits.sort(java.util.Comparator.comparingInt(Hit::start));
    return hits;
  }

  private static Pattern namePattern(String name) {
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}-])");
    String[] words = name.split(" ");
    for (int i = 0; i < words.length; i++) {
      regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
    }
    regex.append("(?![\\p{L}\\p{N}-])");
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * About 80 characters of the text around a hit, cut at word boundaries, with any other email or
   * phone number in it (someone else's) masked as {@code ***}.
   */
  public static String passage(String text, Hit hit, Identifiers person) {
    int from = Math.max(0, hit.start() - 40);
    int to = Math.min(text.length(), hit.end() + 40);
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && hit.start() - from < 60) {
      from--;
    }
    while (to < text.length() && !Character.isWhitespace(text.charAt(to)) && to - hit.end() < 60) {
      to++;
    }
    String passage = text.substring(from, to).strip().replaceAll("\\s+", " ");
    passage = mask(passage, EMAIL, k -> k.toLowerCase(Locale.ROOT).equals(person.email()));
    passage = mask(passage, PHONE, k -> phone(k).equals(person.phone()));
    return (from > 0 ? "…" : "") + passage + (to < text.length() ? "…" : "");
  }

  private static String mask(
      String text, Pattern pattern, java.util.function.Predicate<String> theirs) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, theirs.test(m.group()) ? "$0" : "***");
    }
    m.appendTail(out);
    return out.toString();
  }
}
