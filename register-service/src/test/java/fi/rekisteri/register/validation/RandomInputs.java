package fi.rekisteri.register.validation;

import java.util.Random;

/**
 * Inputs for the property tests, drawn from a {@link Random} with a fixed seed so that every run
 * checks the same cases and a failure can be reproduced from the seed and case number in its
 * description.
 */
final class RandomInputs {

  /** Characters that have tripped up validators: look-alike digits, whitespace and the like. */
  private static final String AWKWARD =
      "0123456789-+ \t\n\r\u00a0./()äöÅé€"
          + "\u0660\u0663\u0669" // Arabic-Indic digits
          + "\uff10\uff13\uff19" // full-width digits
          + "\u0966\u096f" // Devanagari digits
          + "\u212a\u017f\u0130\u0131" // Kelvin sign, long s, dotted and dotless i
          + "\u0000\u200b\ufeff\ud800\udfff"; // NUL, zero-width space, BOM, lone surrogates

  private RandomInputs() {}

  /** A string of {@code length} ASCII digits. */
  static String digits(Random random, int length) {
    return stringOf(random, "0123456789", length, length);
  }

  /** A string of {@code minLength} to {@code maxLength} characters taken from {@code alphabet}. */
  static String stringOf(Random random, String alphabet, int minLength, int maxLength) {
    int length = minLength + random.nextInt(maxLength - minLength + 1);
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(oneOf(random, alphabet));
    }
    return sb.toString();
  }

  static char oneOf(Random random, String chars) {
    return chars.charAt(random.nextInt(chars.length()));
  }

  /**
   * Any string up to 30 characters: one in ten is empty, and the characters are a mix of printable
   * ASCII, awkward characters, arbitrary UTF-16 code units (lone surrogates included) and
   * supplementary characters such as emoji.
   */
  static String anyString(Random random) {
    if (random.nextInt(10) == 0) {
      return "";
    }
    int length = 1 + random.nextInt(30);
    StringBuilder sb = new StringBuilder(length);
    while (sb.length() < length) {
      switch (random.nextInt(4)) {
        case 0 -> sb.append((char) (' ' + random.nextInt(95)));
        case 1 -> sb.append(oneOf(random, AWKWARD));
        case 2 -> sb.append((char) random.nextInt(Character.MAX_VALUE + 1));
        default ->
            sb.appendCodePoint(
                Character.MIN_SUPPLEMENTARY_CODE_POINT
                    + random.nextInt(Character.MAX_CODE_POINT - 0xFFFF));
      }
    }
    return sb.toString();
  }

  /** Any single UTF-16 code unit, with awkward characters and ASCII drawn more often. */
  static char anyChar(Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> (char) random.nextInt(128);
      case 1 -> oneOf(random, AWKWARD);
      default -> (char) random.nextInt(Character.MAX_VALUE + 1);
    };
  }

  /**
   * The string in Java source form, so that it can be read from a failure message and pasted into a
   * test: quoted, with everything outside printable ASCII escaped.
   */
  static String show(String value) {
    if (value == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c >= ' ' && c <= '~') {
        sb.append(c);
      } else {
        sb.append(String.format("\\u%04x", (int) c));
      }
    }
    return sb.append('"').toString();
  }
}
