package fi.rekisteri.register.validation;

import java.util.regex.Pattern;

/**
 * A Finnish business ID (Y-tunnus) in the canonical form {@code NNNNNNN-T}, checked with the
 * modulo-11 check digit. Only the canonical form is accepted so stored values compare equal.
 */
public record BusinessId(String value) {

  private static final Pattern FORMAT = Pattern.compile("[0-9]{7}-[0-9]");
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

  public BusinessId {
    if (!isValid(value)) {
      // The value is left out on purpose: exception messages end up in logs and responses.
      throw new IllegalArgumentException("not a valid Y-tunnus");
    }
  }

  public static boolean isValid(String value) {
    if (value == null || !FORMAT.matcher(value).matches()) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (value.charAt(i) - '0') * WEIGHTS[i];
    }
    int remainder = sum % 11;
    if (remainder == 1) {
      // 11 - 1 = 10 is not a digit, so such numbers are never issued. Refuse them explicitly.
      return false;
    }
    int expected = remainder == 0 ? 0 : 11 - remainder;
    return value.charAt(8) - '0' == expected;
  }
}
