package fi.rekisteri.register.validation;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/** Normalises phone numbers to E.164 so that the same number is always stored the same way. */
public final class PhoneNumbers {

  // Numbers written without a country code are read as Finnish ones.
  private static final String DEFAULT_REGION = "FI";
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private PhoneNumbers() {}

  /** The number in E.164 form, or empty if it cannot be parsed or is not a valid number. */
  public static Optional<String> toE164(String input) {
    if (input == null) {
      return Optional.empty();
    }
    PhoneNumber number;
    try {
      number = UTIL.parse(input, DEFAULT_REGION);
    } catch (NumberParseException e) {
      return Optional.empty();
    }
    if (!UTIL.isValidNumber(number)) {
      return Optional.empty();
    }
    return Optional.of(UTIL.format(number, PhoneNumberFormat.E164));
  }
}
