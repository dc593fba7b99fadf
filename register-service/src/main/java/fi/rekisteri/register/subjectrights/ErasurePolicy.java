package fi.rekisteri.register.subjectrights;

import fi.rekisteri.register.subjectrights.SubjectRightsRecords.Kept;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an erasure must keep (R16), from the facts of one subject. Pure, so that the law's rules are
 * unit-tested on dates.
 */
public final class ErasurePolicy {

  /** Kirjanpitolaki 2:10: vouchers 6 years from the end of the year the financial period ended. */
  static final int VOUCHER_YEARS = 6;

  private ErasurePolicy() {}

  /** The facts the policy needs about one invoice; financial period = calendar year of issue. */
  public record InvoiceFact(LocalDate issueDate, boolean openClaim) {}

  public record Facts(
      List<InvoiceFact> invoices, boolean hasOrganisation, LocalDate relationshipEnd) {}

  public static LocalDate voucherRetentionEnd(LocalDate issueDate) {
    return LocalDate.of(issueDate.getYear() + VOUCHER_YEARS, 12, 31);
  }

  public static List<Kept> holds(Facts facts, LocalDate today) {
    List<Kept> kept = new ArrayList<>();
    if (facts.invoices().stream().anyMatch(InvoiceFact::openClaim)) {
      kept.add(
          new Kept(
              "invoices with an open claim and the buyer's name and billing address",
              "An open invoice or a claim in debt collection must be settled first",
              "GDPR Art. 17(3)(e): establishment, exercise or defence of legal claims",
              null));
    }
    facts.invoices().stream()
        .map(invoice -> voucherRetentionEnd(invoice.issueDate()))
        .filter(end -> !end.isBefore(today))
        .max(LocalDate::compareTo)
        .ifPresent(
            end ->
                kept.add(
                    new Kept(
                        "invoices and payments (accounting vouchers) with the buyer's name and"
                            + " billing address",
                        "Accounting vouchers are kept 6 years from the end of the year in which"
                            + " the financial period ended",
                        "GDPR Art. 17(3)(b): legal obligation, Kirjanpitolaki 2:10",
                        end)));
    boolean actingContact =
        facts.hasOrganisation()
            && (facts.relationshipEnd() == null || !facts.relationshipEnd().isBefore(today));
    if (actingContact) {
      kept.add(
          new Kept(
              "name, title, organisation and work email and phone",
              "The person still acts as a customer organisation's contact person",
              "GDPR Art. 6(1)(f) legitimate interest of the customer relationship; Art. 17(1)"
                  + " grounds do not apply while the role continues",
              facts.relationshipEnd()));
    }
    return kept;
  }

  /** True when invoices bind the contact's minimum data (name, billing address). */
  public static boolean invoicesBind(List<Kept> holds) {
    return holds.stream().anyMatch(h -> h.category().contains("invoices"));
  }

  public static boolean roleBinds(List<Kept> holds) {
    return holds.stream().anyMatch(h -> h.category().startsWith("name, title"));
  }
}
