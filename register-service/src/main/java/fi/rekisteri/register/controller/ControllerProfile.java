package fi.rekisteri.register.controller;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.rekisteri.platform.validation.NoIdentityCode;
import fi.rekisteri.register.validation.ValidBusinessId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.MonthDay;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The Art. 30 record of processing (R1): everything the privacy notice and every access response
 * say about the controller. Texts are bilingual (fi, en).
 */
public record ControllerProfile(
    @NotNull @Valid Controller controller,
    @NotNull @Valid Person personInCharge,
    @NotNull @Valid Text registerName,
    @NotEmpty @Size(max = 20) List<@Valid Purpose> purposes,
    @NotEmpty @Size(max = 40) List<@Valid Text> dataCategories,
    @NotEmpty @Size(max = 20) List<@Valid Text> sources,
    @NotNull @Size(max = 40) List<@Valid Party> recipients,
    @NotNull @Size(max = 40) List<@Valid Party> processors,
    @NotNull @Valid Text transfers,
    @NotEmpty @Size(max = 20) List<@Valid Text> retention,
    @NotEmpty @Size(max = 20) List<@Valid Text> security,
    @NotNull @Valid Text cookies,
    @NotNull @Valid Text automatedDecisions,
    // optional: absent in older profiles, then RetentionPolicy.DEFAULTS apply (R10)
    @JsonInclude(JsonInclude.Include.NON_NULL) @Valid RetentionPolicy retentionPolicy,
    // optional: absent means true (see requiresMarketingConsent)
    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean marketingRequiresConsent,
    // optional: absent means 1 January, the calendar year (see financialYearFirstDay)
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Pattern(regexp = FINANCIAL_YEAR_START, message = FINANCIAL_YEAR_START_MESSAGE)
        @Schema(
            description =
                "The first day of the controller's financial year (tilikausi), month and day as"
                    + " MM-DD: 07-01 for a financial year from 1 July to 30 June. Vouchers (invoices"
                    + " and each payment) are kept six years from the end of the year in which"
                    + " their financial period ended (Kirjanpitolaki 2:10). Absent: 01-01, the"
                    + " calendar year. 29 February is not a valid first day.",
            example = "07-01",
            defaultValue = "01-01",
            maxLength = 5)
        String financialYearStart) {

  /** A valid month and day (MM-DD), 29 February excluded: every year has the day. */
  static final String FINANCIAL_YEAR_START =
      "^((0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])|(0[13-9]|1[0-2])-(29|30)|(0[13578]|1[02])-31)$";

  static final String FINANCIAL_YEAR_START_MESSAGE =
      "must be the first day of the financial year as MM-DD, for example 07-01 (not 02-29)";

  /** The first day of the financial year; absent: 1 January. */
  public MonthDay financialYearFirstDay() {
    return financialYearStart == null
        ? MonthDay.of(1, 1)
        : MonthDay.parse("--" + financialYearStart);
  }

  /**
   * Whether every marketing list needs the person's consent for its channel (seed notice 000: no
   * direct marketing without consent); false leaves postal and phone marketing to B2B legitimate
   * interest. Absent: true.
   */
  public boolean requiresMarketingConsent() {
    return marketingRequiresConsent == null || marketingRequiresConsent;
  }

  public record Text(
      @NotBlank @Size(max = 2000) @NoIdentityCode String fi,
      @NotBlank @Size(max = 2000) @NoIdentityCode String en) {}

  public record Controller(
      @NotBlank @Size(max = 200) String legalName,
      @NotNull @ValidBusinessId @Schema(pattern = "[0-9]{7}-[0-9]", maxLength = 9)
          String businessId,
      @NotBlank @Size(max = 300) String address,
      @Size(max = 40) String phone,
      @NotBlank @Email @Size(max = 254) String email) {}

  /**
   * The person in charge of register matters. {@code dataProtectionOfficer} is true only when the
   * controller has designated a DPO (Art. 37); otherwise letters are signed by the person in charge
   * of the register ("rekisteriasioista vastaava henkilö").
   */
  public record Person(
      @NotBlank @Size(max = 200) @NoIdentityCode String name,
      @Size(max = 100) @NoIdentityCode String title,
      @Size(max = 40) String phone,
      @NotBlank @Email @Size(max = 254) String email,
      boolean dataProtectionOfficer) {}

  public enum LegalBasis {
    CONTRACT,
    LEGITIMATE_INTEREST,
    CONSENT,
    LEGAL_OBLIGATION
  }

  public record Purpose(@NotNull @Valid Text description, @NotNull LegalBasis legalBasis) {}

  public enum PartyRole {
    RECIPIENT,
    PROCESSOR
  }

  /**
   * A recipient or processor. {@code receives} names what is disclosed to it, each disclosure a row
   * in the subject's ledger: record types (INVOICES, INVOICES_IN_COLLECTION, ORDERS, CONTACTS) and
   * list purposes (MAILING_LABELS, EMAIL_MARKETING, PHONE_MARKETING, MARKET_RESEARCH). Absent:
   * nothing. {@code dataCategories} says in words what personal data it receives (Art. 15(1)(c),
   * "nimi, laskutusosoite ja laskujen tiedot"), for the access copy and the privacy notice;
   * optional, absent in older profiles (the copy then words {@code receives}).
   */
  public record Party(
      @NotBlank @Size(max = 200) String name,
      @NotNull @Valid Text role,
      @NotBlank @Size(max = 2) String country,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = 20)
          List<@NotNull @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z_]{0,39}") String> receives,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Valid Text dataCategories) {

    /** Whether {@code what} (a record type or list purpose) is disclosed to this party. */
    public boolean receives(String what) {
      return receives != null && receives.contains(what);
    }
  }
}
