package fi.rekisteri.rights.letter;

import java.util.Locale;

/** A contact field the register reports as rectified, by its name in the register's API. */
public enum ContactField {
  FIRST_NAME,
  LAST_NAME,
  TITLE,
  EMAIL,
  PHONE,
  POSTAL_ADDRESS,
  BILLING_ADDRESS,
  WORKSITE,
  CASE_NUMBER,
  NOTES,
  ORGANISATION,
  OTHER;

  /** {@code postalAddress} becomes {@code POSTAL_ADDRESS}; an unknown name {@code OTHER}. */
  public static ContactField of(String apiName) {
    if (apiName == null) {
      return OTHER;
    }
    String constant = apiName.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    try {
      return valueOf(constant);
    } catch (IllegalArgumentException e) {
      return OTHER;
    }
  }
}
