package fi.rekisteri.register.common;

import java.util.Locale;

/**
 * LIKE patterns from what a user typed: {@code %} and {@code _} match themselves. Use with {@code
 * like :param escape '!'}.
 */
public final class LikePatterns {

  /** The escape character to name in the query's {@code escape} clause. */
  public static final String ESCAPE = "escape '!'";

  private LikePatterns() {}

  /** Lower-cased, wildcards escaped, wrapped in {@code %}: "contains", case-insensitive. */
  public static String contains(String text) {
    String lower = text.trim().toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length() + 2).append('%');
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c == '!' || c == '%' || c == '_') {
        out.append('!');
      }
      out.append(c);
    }
    return out.append('%').toString();
  }
}
