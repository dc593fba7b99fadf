package fi.rekisteri.register.validation;

import java.util.regex.Pattern;

/** Finnish postal codes. */
public final class PostalCodes {

  // ASCII digits only: Character.isDigit would also let through e.g. Arabic-Indic digits.
  private static final Pattern FINNISH = Pattern.compile("[0-9]{5}");

  private PostalCodes() {}

  public static boolean isValidFinnish(String value) {
    return value != null && FINNISH.matcher(value).matches();
  }
}
