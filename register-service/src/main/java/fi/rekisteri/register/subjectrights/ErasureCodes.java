package fi.rekisteri.register.subjectrights;

/**
 * The codes an erasure answers with. The register says what it did in codes; the rights service
 * words them for the person in her language, so no sentence of the register reaches a letter.
 */
public final class ErasureCodes {

  private ErasureCodes() {}

  /** A part of a subject's data that an erasure removed or anonymised. */
  public enum ErasedCategory {
    /** Meetings, calls, quote and contact requests recorded with the person. */
    INTERACTIONS,
    /** The history of marketing consents and prohibitions. */
    PREFERENCE_HISTORY,
    /** Orders' free text and, where no invoice binds them, their link to the person. */
    ORDER_DETAILS,
    /** Email, phone, postal address, title, notes, worksite and case number. */
    CONTACT_DETAILS_EXCEPT_BILLING,
    /** Addresses, notes, worksite and case number: all outside the contact-person role. */
    CONTACT_DETAILS_OUTSIDE_ROLE,
    /** The whole contact-person record. */
    CONTACT_RECORD,
    /**
     * Title and work email and phone of a former contact person; only when a hold ends
     * (RetentionJob), never in a command's answer.
     */
    CONTACT_PERSON_ROLE,
    /**
     * The link of invoices, payments and invoiced orders to the person (buyer name and billing
     * address); only when the voucher period ends (RetentionJob), never in a command's answer.
     */
    INVOICE_BUYER_DETAILS
  }

  public enum ErasureAction {
    ERASED,
    ANONYMISED
  }

  /** A part of a subject's data that an erasure had to keep. */
  public enum KeptCategory {
    /** Invoices with an open claim, with the buyer's name and billing address. */
    OPEN_INVOICES,
    /** Invoices and payments as accounting vouchers, with the buyer's name and billing address. */
    ACCOUNTING_VOUCHERS,
    /** Name, title, organisation and work email and phone of an acting contact person. */
    CONTACT_PERSON_ROLE
  }

  /** Why a part was kept. */
  public enum KeepingGround {
    /** An open invoice or a claim in debt collection must be settled first. */
    OPEN_CLAIM,
    /** Kirjanpitolaki 2:10: vouchers six years from the end of the financial period's year. */
    ACCOUNTING_VOUCHER_PERIOD,
    /** The person still acts as a customer organisation's contact person. */
    ACTING_CONTACT_PERSON
  }

  /** The legal basis of keeping a part. */
  public enum KeepingBasis {
    /** GDPR Art. 17(3)(e): establishment, exercise or defence of legal claims. */
    LEGAL_CLAIMS,
    /** GDPR Art. 17(3)(b) with Kirjanpitolaki 2:10: a legal obligation. */
    LEGAL_OBLIGATION,
    /** GDPR Art. 6(1)(f): the legitimate interest of the customer relationship. */
    LEGITIMATE_INTEREST
  }
}
