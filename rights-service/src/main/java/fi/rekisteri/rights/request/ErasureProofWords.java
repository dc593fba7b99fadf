package fi.rekisteri.rights.request;

import java.util.Locale;

/**
 * The codes of an erasure proof as the PDF words them ({@code messages/proof_fi.properties}, one
 * message per constant): the services, the places searched, what was found, why it is kept. A code
 * this service does not know yet reads as "other", never as the code itself.
 */
public final class ErasureProofWords {

  private ErasureProofWords() {}

  /** The service that searched. */
  public enum Service {
    REGISTER,
    RIGHTS
  }

  /** A place searched: the register's tables, and this service's stored access copies. */
  public enum Place {
    AUDIT_CHAIN,
    AUDIT_ENTRY,
    AUDIT_PENDING,
    CONTACT,
    CONTACT_RESTRICTION_CAUSE,
    CONTROLLER_PROFILE,
    CONTROLLER_PROFILE_VERSION,
    CUSTOMER_ORDER,
    DISCLOSURE,
    ERASURE_HOLD,
    ERASURE_LEDGER_OUTBOX,
    ERASURE_LEDGER_SEALING,
    ERASURE_REAPPLICATION,
    INTERACTION,
    INVOICE,
    MENTION_OUTCOME,
    NOTICE_ANNOUNCEMENT,
    NOTICE_ANNOUNCEMENT_MESSAGE,
    ORGANISATION,
    OUTBOX_EVENT,
    PAYMENT,
    PREFERENCE_CHANGE,
    RETENTION_RUN,
    RIGHTS_COMMAND,
    SUPPRESSION,
    /** This service's copies of the subject's data that her requests produced. */
    ACCESS_COPIES,
    OTHER
  }

  /** The free-text field of a record where a mention was left ("customer_order.summary"). */
  public enum Field {
    NOTES,
    WORKSITE,
    SUMMARY,
    OTHER
  }

  /** Which of the person's identifiers a place still finds. */
  public enum Found {
    EMAIL,
    PHONE,
    NAME,
    STREET,
    OTHER
  }

  /** Why something remains: the register's keeping grounds and the states of a mention. */
  public enum Reason {
    OPEN_CLAIM,
    ACCOUNTING_VOUCHER_PERIOD,
    ACTING_CONTACT_PERSON,
    /** A mention in a record under a duty to keep: not redacted. */
    HELD,
    /** A mention found by name alone: redacted when the DPO confirms it. */
    NAME_ONLY,
    OTHER
  }

  /** The register's answer to the erase command. */
  public enum Outcome {
    ERASED,
    PARTIALLY_ERASED,
    OTHER
  }

  /** What every erasure keeps ({@link ErasureProofs#KEPT_BY_DESIGN}). */
  public enum KeptByDesign {
    SUPPRESSION_KEYED_HASH,
    ERASURE_LEDGER_ENTRY,
    REQUEST_RECORD,
    OTHER
  }

  static <E extends Enum<E>> E parse(Class<E> type, String code, E unknown) {
    if (code == null || code.isBlank()) {
      return unknown;
    }
    try {
      return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return unknown;
    }
  }
}
