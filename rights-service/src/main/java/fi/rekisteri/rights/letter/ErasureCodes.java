package fi.rekisteri.rights.letter;

import java.util.Locale;

/**
 * The register's codes in an erasure answer. The register says what it did in codes; these words
 * are ours. A code this service does not know yet reads as "other data", never as the code itself.
 */
public final class ErasureCodes {

  private ErasureCodes() {}

  public enum ErasedCategory {
    INTERACTIONS,
    PREFERENCE_HISTORY,
    ORDER_DETAILS,
    CONTACT_DETAILS_EXCEPT_BILLING,
    CONTACT_DETAILS_OUTSIDE_ROLE,
    CONTACT_RECORD,
    /** Title and work email and phone of a former contact person, when the hold ends. */
    CONTACT_PERSON_ROLE,
    /** Buyer name and billing address of invoices, when the voucher period ends. */
    INVOICE_BUYER_DETAILS,
    OTHER
  }

  public enum ErasureAction {
    ERASED,
    ANONYMISED
  }

  public enum KeptCategory {
    OPEN_INVOICES,
    ACCOUNTING_VOUCHERS,
    CONTACT_PERSON_ROLE,
    OTHER
  }

  public enum KeepingGround {
    OPEN_CLAIM,
    ACCOUNTING_VOUCHER_PERIOD,
    ACTING_CONTACT_PERSON,
    OTHER
  }

  public enum KeepingBasis {
    LEGAL_CLAIMS,
    LEGAL_OBLIGATION,
    LEGITIMATE_INTEREST,
    OTHER
  }

  static <E extends Enum<E>> E parse(Class<E> type, String code, E unknown) {
    if (code == null) {
      return unknown;
    }
    try {
      return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return unknown;
    }
  }
}
