package fi.rekisteri.register.subjectrights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fi.rekisteri.register.subjectrights.ErasureCodes.KeepingBasis;
import fi.rekisteri.register.subjectrights.ErasureCodes.KeepingGround;
import fi.rekisteri.register.subjectrights.ErasureCodes.KeptCategory;
import fi.rekisteri.register.subjectrights.ErasurePolicy.Facts;
import fi.rekisteri.register.subjectrights.ErasurePolicy.InvoiceFact;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.Kept;
import java.time.LocalDate;
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
  void voucherRetentionEnd_isSixYearsFromEndOfIssueYear(LocalDate issued, LocalDate until) {
    assertThat(ErasurePolicy.voucherRetentionEnd(issued)).isEqualTo(until);
  }

  @Test
  void holds_givenNoInvoicesAndNoOrganisation_thenNothingKept() {
    assertThat(ErasurePolicy.holds(new Facts(List.of(), false, null, null), TODAY)).isEmpty();
  }

  @Test
  void holds_givenOpenInvoice_thenLegalClaimAndAccountingHolds() {
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
  void holds_givenPaidInvoiceWhoseRetentionEnded_thenNothingKept() {
    List<Kept> kept =
        ErasurePolicy.holds(
            new Facts(List.of(new InvoiceFact(LocalDate.of(2019, 6, 1), false)), false, null, null),
            TODAY);

    assertThat(kept).isEmpty();
  }

  @Test
  void holds_givenRetentionEndingThisYear_thenKeptUntilNewYearsEve() {
    List<Kept> kept =
        ErasurePolicy.holds(
            new Facts(List.of(new InvoiceFact(LocalDate.of(2020, 3, 1), false)), false, null, null),
            TODAY);

    assertThat(kept).singleElement().extracting(Kept::until).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void holds_givenActingContactPerson_thenRoleKept() {
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
  void holds_givenRoleEndedYesterday_thenRoleNotKept() {
    List<Kept> kept =
        ErasurePolicy.holds(new Facts(List.of(), true, STARTED, TODAY.minusDays(1)), TODAY);

    assertThat(kept).isEmpty();
  }

  @Test
  void holds_givenRoleEndingToday_thenRoleKeptUntilThatDay() {
    List<Kept> kept = ErasurePolicy.holds(new Facts(List.of(), true, STARTED, TODAY), TODAY);

    assertThat(kept).singleElement().extracting(Kept::until).isEqualTo(TODAY);
  }

  @Test
  void holds_givenProspectOfACustomerOrganisation_thenNothingKept() {
    // no relationship of its own ever started
    assertThat(ErasurePolicy.holds(new Facts(List.of(), true, null, null), TODAY)).isEmpty();
  }

  @Test
  void holds_givenOpenRelationshipWithAnOrganisationThatIsNoCustomer_thenNothingKept() {
    assertThat(ErasurePolicy.holds(new Facts(List.of(), false, STARTED, null), TODAY)).isEmpty();
  }
}
