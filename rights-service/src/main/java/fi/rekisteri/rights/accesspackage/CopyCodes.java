package fi.rekisteri.rights.accesspackage;

import java.util.Locale;

/**
 * The register's codes that a readable copy words. A code this service does not know yet reads as
 * "other", never as the code itself.
 */
public final class CopyCodes {

  private CopyCodes() {}

  public enum SourceChannel {
    EMAIL,
    WEB_FORM,
    QUOTE_REQUEST,
    PHONE,
    MEETING,
    SALES_AUTOMATION,
    SOCIAL_MEDIA,
    PUBLIC_SOURCE,
    UPDATE_SERVICE,
    DATA_SUBJECT_REQUEST,
    SYSTEM,
    OTHER
  }

  public enum InteractionKind {
    CONTACT_REQUEST,
    QUOTE_REQUEST,
    MEETING,
    CALL,
    EMAIL,
    ASSIGNMENT,
    OTHER
  }

  public enum InvoiceStatus {
    OPEN,
    PAID,
    IN_COLLECTION,
    CREDITED,
    OTHER
  }

  public enum PreferenceKind {
    DIRECT_MARKETING_CONSENT,
    DIRECT_MARKETING_BAN,
    DISTANCE_SELLING_BAN,
    RESEARCH_BAN,
    LIST_PUBLICATION_BAN,
    OTHER
  }

  public enum MarketingChannel {
    EMAIL,
    SMS,
    PHONE,
    POST,
    OTHER
  }

  /**
   * What a disclosure in the register's ledger was for: a list export's purpose (recorded as {@code
   * "list export: MAILING_LABELS"}), or the record type sent out (recorded as {@code "invoicing"},
   * {@code "debt collection"}, {@code "announcement of a privacy notice change"}).
   */
  public enum ListPurpose {
    MAILING_LABELS,
    EMAIL_MARKETING,
    PHONE_MARKETING,
    MARKET_RESEARCH,
    INVOICING,
    DEBT_COLLECTION,
    NOTICE_ANNOUNCEMENT,
    OTHER;

    /** The purpose a ledger row records, whichever of the register's forms it is in. */
    static ListPurpose ofRecorded(String recorded) {
      if (recorded == null) {
        return OTHER;
      }
      String text = recorded.strip().toLowerCase(Locale.ROOT);
      if (text.startsWith("list export:")) {
        text = text.substring("list export:".length()).strip();
      }
      return switch (text) {
        case "invoicing" -> INVOICING;
        case "debt collection" -> DEBT_COLLECTION;
        case "announcement of a privacy notice change" -> NOTICE_ANNOUNCEMENT;
        default -> parse(ListPurpose.class, text);
      };
    }
  }

  /**
   * What the controller profile says a recipient or processor receives ({@code Party.receives}):
   * record types and list purposes.
   */
  public enum Received {
    INVOICES,
    INVOICES_IN_COLLECTION,
    ORDERS,
    CONTACTS,
    MAILING_LABELS,
    EMAIL_MARKETING,
    PHONE_MARKETING,
    MARKET_RESEARCH,
    OTHER
  }

  /**
   * The purpose the register records on a log entry when the reader stated none ({@code
   * X-Purpose}): the one of the reader's role, or the system's.
   */
  public enum AuditPurpose {
    CUSTOMER_RELATIONSHIP,
    ACCOUNTING,
    DATA_PROTECTION_SUPERVISION,
    DATA_SUBJECT_REQUEST,
    ADMINISTRATION,
    SYSTEM,
    OTHER;

    /**
     * The role's purpose {@code recorded} is ({@code customer-relationship}...), OTHER when none
     * was recorded, null when it is the reader's own text.
     */
    static AuditPurpose ofRecorded(String recorded) {
      if (recorded == null || recorded.isBlank()) {
        return OTHER;
      }
      String code = recorded.strip().toUpperCase(Locale.ROOT).replace('-', '_');
      for (AuditPurpose purpose : values()) {
        if (purpose.name().equals(code)) {
          return purpose;
        }
      }
      return null;
    }
  }

  public enum LegalBasis {
    CONTRACT,
    LEGITIMATE_INTEREST,
    CONSENT,
    LEGAL_OBLIGATION,
    OTHER
  }

  public enum AuditAction {
    READ,
    SEARCH,
    CREATE,
    UPDATE,
    DELETE,
    EXPORT,
    RECTIFY,
    ERASE,
    RESTRICT,
    LIFT_RESTRICTION,
    OBJECT,
    LIST_EXPORT,
    OTHER
  }

  static <E extends Enum<E>> E parse(Class<E> type, String code) {
    E other = Enum.valueOf(type, "OTHER");
    if (code == null || code.isBlank()) {
      return other;
    }
    try {
      return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return other;
    }
  }
}
