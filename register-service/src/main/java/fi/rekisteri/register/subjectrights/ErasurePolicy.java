package fi.rekisteri.register.subjectrights;

import fi.rekisteri.register.invoice.VoucherPeriod;
import fi.rekisteri.register.subjectrights.ErasureCodes.KeepingBasis;
import fi.rekisteri.register.subjectrights.ErasureCodes.KeepingGround;
import fi.rekisteri.register.subjectrights.ErasureCodes.KeptCategory;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.Kept;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * What an erasure must keep (R16), from the facts of one subject. Pure, so that the law's rules are
 * unit-tested on dates.
 */
public final class ErasurePolicy {

  /** Kirjanpitolaki 2:10: vouchers 6 years from the end of the year the financial period ended. */
  static final int VOUCHER_YEARS = VoucherPeriod.YEARS;

  private ErasurePolicy() {}

  /**
   * The facts the policy needs about one invoice: a voucher at its issue date, and each payment
   * recorded against it a voucher of its own at its payment date.
   */
  public record InvoiceFact(LocalDate issueDate, boolean openClaim, List<LocalDate> paidOn) {

    InvoiceFact(LocalDate issueDate, boolean openClaim) {
      this(issueDate, openClaim, List.of());
    }
  }

  /**
   * @param customerOrganisation the contact represents an organisation that is a customer on the
   *     day (an order or invoice of it within the last 24 months, or another contact's open
   *     relationship)
   * @param relationshipStart the contact's own customer relationship, null when it never started (a
   *     prospect)
   * @param financialYearStart the first day of the controller's financial year (the profile's
   *     {@code financialYearStart})
   */
  public record Facts(
      List<InvoiceFact> invoices,
      boolean customerOrganisation,
      LocalDate relationshipStart,
      LocalDate relationshipEnd,
      MonthDay financialYearStart) {

    /** The facts with a financial year that is the calendar year. */
    Facts(
        List<InvoiceFact> invoices,
        boolean customerOrganisation,
        LocalDate relationshipStart,
        LocalDate relationshipEnd) {
      this(
          invoices,
          customerOrganisation,
          relationshipStart,
          relationshipEnd,
          VoucherPeriod.CALENDAR_YEAR);
    }
  }

  /** The last day a voucher of {@code voucherDate} is kept ({@link VoucherPeriod#end}). */
  public static LocalDate voucherRetentionEnd(LocalDate voucherDate, MonthDay financialYearStart) {
    return VoucherPeriod.end(voucherDate, financialYearStart);
  }

  /** The last day the invoice's vouchers, its own and each payment's, are kept. */
  static LocalDate voucherRetentionEnd(InvoiceFact invoice, MonthDay financialYearStart) {
    LocalDate end = voucherRetentionEnd(invoice.issueDate(), financialYearStart);
    for (LocalDate paid : invoice.paidOn()) {
      LocalDate paymentEnd = voucherRetentionEnd(paid, financialYearStart);
      if (paymentEnd.isAfter(end)) {
        end = paymentEnd;
      }
    }
    return end;
  }

  public static List<Kept> holds(Facts facts, LocalDate today) {
    List<Kept> kept = new ArrayList<>();
    if (facts.invoices().stream().anyMatch(InvoiceFact::openClaim)) {
      kept.add(
          new Kept(
              KeptCategory.OPEN_INVOICES,
              KeepingGround.OPEN_CLAIM,
              KeepingBasis.LEGAL_CLAIMS,
              null));
    }
    facts.invoices().stream()
        .map(invoice -> voucherRetentionEnd(invoice, facts.financialYearStart()))
        .filter(end -> !end.isBefore(today))
        .max(LocalDate::compareTo)
        .ifPresent(
            end ->
                kept.add(
                    new Kept(
                        KeptCategory.ACCOUNTING_VOUCHERS,
                        KeepingGround.ACCOUNTING_VOUCHER_PERIOD,
                        KeepingBasis.LEGAL_OBLIGATION,
                        end)));
    if (actingContactPerson(facts, today)) {
      kept.add(
          new Kept(
              KeptCategory.CONTACT_PERSON_ROLE,
              KeepingGround.ACTING_CONTACT_PERSON,
              KeepingBasis.LEGITIMATE_INTEREST,
              facts.relationshipEnd()));
    }
    return kept;
  }

  /**
   * R16: a contact acts as a customer organisation's contact person only while the organisation is
   * a customer and the contact's own relationship is open (started, with no end or an end not yet
   * passed). A prospect, or a contact of an organisation that is not a customer, does not.
   */
  static boolean actingContactPerson(Facts facts, LocalDate today) {
    return facts.customerOrganisation()
        && facts.relationshipStart() != null
        && (facts.relationshipEnd() == null || !facts.relationshipEnd().isBefore(today));
  }

  /** True when invoices bind the contact's minimum data (name, billing address). */
  public static boolean invoicesBind(List<Kept> holds) {
    return holds.stream()
        .anyMatch(
            h ->
                h.category() == KeptCategory.OPEN_INVOICES
                    || h.category() == KeptCategory.ACCOUNTING_VOUCHERS);
  }

  public static boolean roleBinds(List<Kept> holds) {
    return holds.stream().anyMatch(h -> h.category() == KeptCategory.CONTACT_PERSON_ROLE);
  }
}
