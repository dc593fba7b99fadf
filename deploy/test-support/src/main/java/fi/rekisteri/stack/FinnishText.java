package fi.rekisteri.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what must not be in a Finnish document (letters, copies, the notice), for the tests of both
 * services and the end-to-end tests: English words, raw codes (CONTRACT, OPEN_INVOICES), raw keys
 * (legalBasis, collectedAt), ISO dates or timestamps, and the wording of {@link #FORBIDDEN}. Email
 * addresses, web addresses and request ids are taken out first; they are names, not words.
 */
public final class FinnishText {

  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w.-]+");
  private static final Pattern URL = Pattern.compile("https?://\\S+");
  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]+)*\\b(?!-\\d)");
  private static final Pattern CAMEL_KEY = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*\\b");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /**
   * Abbreviations a Finnish text uses as they are (KPL: kirjanpitolaki, YTJ: the business register,
   * PDF-tiedosto).
   */
  private static final Set<String> ALLOWED_CODES =
      Set.of("JSON", "CSV", "EU", "ETA", "PL", "HTML", "PDF", "KPL", "YTJ");

  /** Common English words that are not Finnish words too. */
  private static final Set<String> ENGLISH =
      Set.of(
          "the",
          "and",
          "of",
          "for",
          "with",
          "your",
          "you",
          "we",
          "our",
          "is",
          "are",
          "to",
          "from",
          "data",
          "request",
          "contact",
          "invoice",
          "invoices",
          "order",
          "orders",
          "kept",
          "until",
          "erased",
          "deleted",
          "anonymised",
          "legal",
          "basis",
          "ground",
          "claim",
          "open",
          "name",
          "address",
          "email",
          "phone",
          "title",
          "notes",
          "record",
          "source",
          "channel",
          "status",
          "type",
          "description",
          "purpose",
          "recipient",
          "processor",
          "consent",
          "contract",
          "interest",
          "obligation",
          "meeting",
          "call",
          "quote",
          "form",
          "web",
          "list",
          "none",
          "true",
          "false",
          "null",
          "yes",
          "dear",
          "regards",
          "officer",
          "article",
          "copy",
          "generated",
          "produced",
          "received",
          "due",
          "date",
          "created",
          "updated",
          "at",
          "by",
          "in",
          "payment",
          "payments",
          "amount",
          "total",
          "summary",
          "number",
          "paid",
          "issued",
          "timeline",
          "action",
          "step",
          "steps",
          "sales",
          "admin",
          "dpo");

  /**
   * Wording a Finnish DPO does not use for a data subject: a refusal is an answer, not a decision;
   * Art. 16's statement is a "lisäselvitys"; the notice and the letters address the person with
   * "te", never "sinä" (tietosi, antamasi); a job title is a "tehtävänimike".
   */
  static final List<String> FORBIDDEN =
      List.of(
          "Päätös pyyntöönne",
          "Täydentävä lausunto",
          "Päätös: annettu",
          "Kielto luovuttaa tietoja luetteloihin",
          "titteli",
          "tietosi",
          "antamasi",
          "sinun",
          "sinulla",
          "sinulle",
          "sinusta",
          "oikeuksiasi",
          "tiedoistasi",
          "tietojasi",
          "kirjautumisesi");

  /**
   * Sinä forms that are also the start of a te form ("voit" in "voitte"), so they are found as
   * whole words only.
   */
  static final Set<String> FORBIDDEN_WORDS = Set.of("voit", "haluat", "saat");

  private FinnishText() {}

  /** Every offending piece of {@code text}, empty when the text is clean Finnish. */
  public static List<String> problems(String text) {
    String rest =
        UUID.matcher(URL.matcher(EMAIL.matcher(text).replaceAll(" ")).replaceAll(" "))
            .replaceAll(" ");
    List<String> problems = new ArrayList<>();
    String lower = rest.toLowerCase(Locale.ROOT);
    for (String phrase : FORBIDDEN) {
      if (lower.contains(phrase.toLowerCase(Locale.ROOT))) {
        problems.add("forbidden wording '" + phrase + "'");
      }
    }
    find(ISO_DATE, rest, problems, Set.of());
    find(CODE, rest, problems, ALLOWED_CODES);
    find(CAMEL_KEY, rest, problems, Set.of());
    Matcher words = WORD.matcher(rest);
    while (words.find()) {
      String word = words.group();
      if (ENGLISH.contains(word.toLowerCase(Locale.ROOT))) {
        problems.add("English word '" + word + "'");
      }
      if (FORBIDDEN_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        problems.add("forbidden wording '" + word + "'");
      }
    }
    return problems;
  }

  private static void find(Pattern pattern, String text, List<String> problems, Set<String> ok) {
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      if (!ok.contains(matcher.group())) {
        problems.add("'" + matcher.group() + "'");
      }
    }
  }
}
