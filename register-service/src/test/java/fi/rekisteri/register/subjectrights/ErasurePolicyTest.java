package fi.rekisteri.register.subjectrights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fi.rekisteri.register.invoice.VoucherPeriod;
import fi.rekisteri.register.subjectrights.ErasureCodes.KeepingBasis;
import fi.rekisteri.register.subjectrights.ErasureCodes.KeepingGround;
import fi.rekisteri.register.subjectrights.ErasureCodes.KeptCategory;
import fi.rekisteri.register.subjectrights.ErasurePolicy.Facts;
import fi.rekisteri.register.subjectrights.ErasurePolicy.InvoiceFact;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.Kept;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErasurePolicyTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final LocalDate STARTED = LocalDate.of(2021, 3, 1);

  @ParameterizedTest
  @CsvSource({
    "2020-01-01, 2026-12-31",
    "2020-12-31, 2026-12-31",
    "2024-04-01, 2030-12-31",
    "2026-11-02, 2032-12-31"
  })
  void givenVoucherRetentionEnd_thenIsSixYearsFromEndOfIssueYear(
      LocalDate issued, LocalDate until) {
    assertThat(ErasurePolicy.voucherRetentionEnd(issued, VoucherPeriod.CALENDAR_YEAR))
        .isEqualTo(until);
  }

  private static final MonthDay JULY = MonthDay.of(7, 1);

  @ParameterizedTest
  @CsvSource({
    // the period 1.7.2026-30.6.2027 ends in 2027
    "2027-03-15, 2027-06-30, 2033-12-31",
    "2026-07-01, 2027-06-30, 2033-12-31",
    "2027-06-30, 2027-06-30, 2033-12-31",
    // the period 1.7.2027-30.6.2028 ends in 2028
    "2027-08-15, 2028-06-30, 2034-12-31",
    "2027-07-01, 2028-06-30, 2034-12-31",
    "2027-12-31, 2028-06-30, 2034-12-31"
  })
  void givenFinancialYearFromJuly_whenVoucherDated_thenSixYearsFromTheEndOfTheYearItsPeriodEnded(
      LocalDate voucher, LocalDate periodEnd, LocalDate until) {
    assertThat(VoucherPeriod.financialPeriodEnd(voucher, JULY)).isEqualTo(periodEnd);
    assertThat(ErasurePolicy.voucherRetentionEnd(voucher, JULY)).isEqualTo(until);
  }

  @Test
  void givenFinancialYearFromJuly_whenInvoiceOfMarchAndOfAugust_thenHeldUntilTheirOwnEnds() {
    InvoiceFact march = new InvoiceFact(LocalDate.of(2027, 3, 15), false);
    InvoiceFact august = new InvoiceFact(LocalDate.of(2027, 8, 15), false);
    LocalDate day = LocalDate.of(2030, 1, 2);

    assertThat(ErasurePolicy.holds(new Facts(List.of(march), false, null, null, JULY), day))
        .singleElement()
        .extracting(Kept::until)
        .isEqualTo(LocalDate.of(2033, 12, 31));
    assertThat(ErasurePolicy.holds(new Facts(List.of(march, august), false, null, null, JULY), day))
        .singleElement()
        .extracting(Kept::until)
        .isEqualTo(LocalDate.of(2034, 12, 31));
    assertThat(
            ErasurePolicy.holds(
                new Facts(List.of(march), false, null, null, JULY), LocalDate.of(2034, 1, 1)))
        .as("the March invoice's period ended in 2027: gone after 31.12.2033")
        .isEmpty();
  }

  @Test
  void givenPaymentAYearAfterItsInvoice_whenHolds_thenThePaymentsOwnVoucherExtendsTheHold() {
    // issued in 2020 (kept until 31.12.2026), paid in 2021: the payment is kept until 31.12.2027
    InvoiceFact paidLate =
        new InvoiceFact(LocalDate.of(2020, 12, 1), false, List.of(LocalDate.of(2021, 1, 15)));
    LocalDate dayAfterInvoicesEnd = LocalDate.of(2027, 1, 1);

    assertThat(ErasurePolicy.holds(new Facts(List.of(paidLate), false, null, null), TODAY))
        .singleElement()
        .extracting(Kept::category, Kept::until)
        .containsExactly(KeptCategory.ACCOUNTING_VOUCHERS, LocalDate.of(2027, 12, 31));
    assertThat(
            ErasurePolicy.holds(
                new Facts(List.of(paidLate), false, null, null), dayAfterInvoicesEnd))
        .as("the invoice's own voucher ended; the payment's did not")
        .singleElement()
        .extracting(Kept::until)
        .isEqualTo(LocalDate.of(2027, 12, 31));
  }

  @Test
  void givenAnyDayAndFinancialYear_whenFirstDateKept_thenExactlyTheVouchersStillKeptFromIt() {
    LocalDate today = LocalDate.of(2033, 5, 20);
    for (MonthDay firstDay :
        List.of(VoucherPeriod.CALENDAR_YEAR, JULY, MonthDay.of(5, 1), MonthDay.of(12, 31))) {
      LocalDate from = VoucherPeriod.firstDateKept(today, firstDay);
      for (LocalDate voucher = LocalDate.of(2024, 1, 1);
          voucher.isBefore(LocalDate.of(2030, 1, 1));
          voucher = voucher.plusDays(1)) {
        boolean kept = !VoucherPeriod.end(voucher, firstDay).isBefore(today);
        assertThat(!voucher.isBefore(from)).as(firstDay + " " + voucher).isEqualTo(kept);
      }
    }
    assertThat(VoucherPeriod.firstDateKept(today, JULY)).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(VoucherPeriod.firstDateKept(today, VoucherPeriod.CALENDAR_YEAR))
        .isEqualTo(LocalDate.of(2027, 1, 1));
  }

  @Test
  void givenNoInvoicesAndNoOrganisation_whenHolds_thenNothingKept() {
    assertThat(ErasurePolicy.holds(new Facts(List.of(), false, null, null), TODAY)).isEmpty();
  }

  @Test
  void givenOpenInvoice_whenHolds_thenLegalClaimAndAccountingHolds() {
    List<Kept> kept =
        ErasurePolicy.holds(
            new Facts(List.of(new InvoiceFact(LocalDate.of(2026, 11, 2), true)), false, null, null),
            TODAY);

    assertThat(kept)
        .extracting(Kept::category, Kept::ground, Kept::legalBasis)
        .contains(
            tuple(KeptCategory.OPEN_INVOICES, KeepingGround.OPEN_CLAIM, KeepingBasis.LEGAL_CLAIMS));
    assertThat(kept)
        .filteredOn(k -> k.legalBasis() == KeepingBasis.LEGAL_OBLIGATION)
        .singleElement()
        .extracting(Kept::until)
        .isEqualTo(LocalDate.of(2032, 12, 31));
  }

  @Test
  void givenPaidInvoiceWhoseRetentionEnded_whenHolds_thenNothingKept() {
    List<Kept> kept =
        ErasurePolicy.holds(
            new Facts(List.of(new InvoiceFact(LocalDate.of(2019, 6, 1), false)), false, null, null),
            TODAY);

    assertThat(kept).isEmpty();
  }

  @Test
  void givenRetentionEndingThisYear_whenHolds_thenKeptUntilNewYearsEve() {
    List<Kept> kept =
        ErasurePolicy.holds(
            new Facts(List.of(new InvoiceFact(LocalDate.of(2020, 3, 1), false)), false, null, null),
            TODAY);

    assertThat(kept).singleElement().extracting(Kept::until).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void givenActingContactPerson_whenHolds_thenRoleKept() {
    List<Kept> kept = ErasurePolicy.holds(new Facts(List.of(), true, STARTED, null), TODAY);

    assertThat(kept)
        .singleElement()
        .extracting(Kept::category, Kept::ground, Kept::legalBasis)
        .containsExactly(
            KeptCategory.CONTACT_PERSON_ROLE,
            KeepingGround.ACTING_CONTACT_PERSON,
            KeepingBasis.LEGITIMATE_INTEREST);
    assertThat(ErasurePolicy.roleBinds(kept)).isTrue();
    assertThat(ErasurePolicy.invoicesBind(kept)).isFalse();
  }

  @Test
  void givenRoleEndedYesterday_whenHolds_thenRoleNotKept() {
    List<Kept> kept =
        ErasurePolicy.holds(new Facts(List.of(), true, STARTED, TODAY.minusDays(1)), TODAY);

    assertThat(kept).isEmpty();
  }

  @Test
  void givenRoleEndingToday_whenHolds_thenRoleKeptUntilThatDay() {
    List<Kept> kept = ErasurePolicy.holds(new Facts(List.of(), true, STARTED, TODAY), TODAY);

    assertThat(kept).singleElement().extracting(Kept::until).isEqualTo(TODAY);
  }

  @Test
  void givenProspectOfACustomerOrganisation_whenHolds_thenNothingKept() {
    // no relationship of its own ever started
    assertThat(ErasurePolicy.holds(new Facts(List.of(), true, null, null), TODAY)).isEmpty();
  }

  @Test
  void givenOpenRelationshipWithAnOrganisationThatIsNoCustomer_whenHolds_thenNothingKept() {
    assertThat(ErasurePolicy.holds(new Facts(List.of(), false, STARTED, null), TODAY)).isEmpty();
  }
}
