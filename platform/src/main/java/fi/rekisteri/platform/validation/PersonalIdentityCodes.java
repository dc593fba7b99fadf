package fi.rekisteri.platform.validation;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Finnish personal identity codes (henkilötunnus) in free text, so that they can be kept out
 * of fields that are not meant to hold them. Letters are matched in either case, because a code
 * typed by hand as {@code 131052-308t} still identifies a person.
 */
public final class PersonalIdentityCodes {

  private static final String CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

  // The regex only finds candidates; the date and checksum are confirmed afterwards so that
  // ordinary numbers of the same shape do not count. The look-arounds keep us from matching a
  // piece of a longer code such as an IBAN or an order number. CASE_INSENSITIVE (without
  // UNICODE_CASE) folds ASCII letters only, so a code typed in lower case is still a candidate.
  private static final Pattern CANDIDATE =
      Pattern.compile(
          "(?<![0-9A-Za-z])([0-9]{2})([0-9]{2})([0-9]{2})([-+YXWVUABCDEF])([0-9]{3})"
              + "([0-9A-FHJ-NPR-Y])(?![0-9A-Za-z])",
          Pattern.CASE_INSENSITIVE);

  private PersonalIdentityCodes() {}

  public static boolean containsIdentityCode(String text) {
    if (text == null || text.length() < 11) {
      return false;
    }
    Matcher m = CANDIDATE.matcher(text);
    int from = 0;
    // Restart one character after each rejected candidate rather than after its end, so that a
    // rejected candidate can never hide a valid code overlapping it.
    while (from < text.length() && m.find(from)) {
      if (isValid(m)) {
        return true;
      }
      from = m.start() + 1;
    }
    return false;
  }

  private static boolean isValid(Matcher m) {
    int day = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    int year = centuryOf(upperCase(m.group(4))) + Integer.parseInt(m.group(3));
    if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      return false;
    }
    int individual = Integer.parseInt(m.group(5));
    // 000 and 001 are never issued; 900-999 are used for temporary codes and still identify people.
    if (individual < 2) {
      return false;
    }
    int number = Integer.parseInt(m.group(1) + m.group(2) + m.group(3) + m.group(5));
    return CHECK_CHARS.charAt(number % 31) == upperCase(m.group(6));
  }

  /** The single ASCII character of a group, upper-cased; the regex admits nothing else there. */
  private static char upperCase(String group) {
    return Character.toUpperCase(group.charAt(0));
  }

  private static int centuryOf(char sign) {
    return switch (sign) {
      case '+' -> 1800;
      case 'A', 'B', 'C', 'D', 'E', 'F' -> 2000;
      // '-', 'Y', 'X', 'W', 'V' and 'U'; the regex admits nothing else.
      default -> 1900;
    };
  }
}
