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

  public enum ListPurpose {
    MAILING_LABELS,
    EMAIL_MARKETING,
    PHONE_MARKETING,
    MARKET_RESEARCH,
    OTHER
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
