package fi.rekisteri.register.retention;

import static fi.rekisteri.register.retention.RetentionService.startOf;

import fi.rekisteri.register.controller.RetentionPolicy;
import fi.rekisteri.register.controller.RetentionPolicy.CustomerRule;
import fi.rekisteri.register.invoice.VoucherPeriod;
import fi.rekisteri.register.retention.RetentionRecords.LegalGround;
import fi.rekisteri.register.retention.RetentionRecords.Period;
import fi.rekisteri.register.retention.RetentionRecords.PeriodUnit;
import fi.rekisteri.register.retention.RetentionRecords.RecordType;
import fi.rekisteri.register.retention.RetentionRecords.Rule;
import fi.rekisteri.register.retention.RetentionRecords.RuleCode;
import fi.rekisteri.register.retention.RetentionRecords.Rules;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * The DPO's view of the retention policy (R10): each rule as codes, its description in the reader's
 * language ({@link RetentionMessages}), and how many records fall due within {@link
 * RetentionService#LOOKAHEAD_DAYS} days, counted with the conditions the job uses.
 */
@ApplicationScoped
public class RetentionRules {

  private final RetentionService retention;
  private final RetentionRepository repository;

  public RetentionRules(RetentionService retention, RetentionRepository repository) {
    this.retention = retention;
    this.repository = repository;
  }

  @Transactional
  public Rules rules(LocalDate today, String language) {
    String lang = "en".equals(language) ? "en" : "fi";
    RetentionMessages m = MessageBundles.get(RetentionMessages.class, Localized.Literal.of(lang));
    RetentionPolicy policy = retention.policy();
    LocalDate day = today.plusDays(RetentionService.LOOKAHEAD_DAYS);
    return new Rules(
        today,
        lang,
        List.of(
            customer(m, policy, day),
            prospect(m, policy, day),
            consent(m, policy, day),
            erasureHold(m, day),
            accessCopy(m, policy),
            request(m, policy),
            suppression(m, policy, day),
            audit(m, policy, day),
            disclosure(m, policy, day)));
  }

  private Rule customer(RetentionMessages m, RetentionPolicy policy, LocalDate day) {
    int years = policy.customerYears();
    boolean byBilling = policy.customerRule() == CustomerRule.BILLING_YEAR_PLUS_YEARS;
    return new Rule(
        RecordType.CUSTOMER,
        byBilling ? RuleCode.BILLING_YEAR_PLUS_YEARS : RuleCode.RELATIONSHIP_END_PLUS_YEARS,
        new Period(years, PeriodUnit.YEARS),
        LegalGround.LEGITIMATE_INTEREST_CUSTOMER_RELATIONSHIP,
        byBilling ? m.customerByBillingYear(years) : m.customerByRelationshipEnd(years),
        RetentionService.REGISTER,
        retention.countCustomersDue(policy, day));
  }

  private Rule prospect(RetentionMessages m, RetentionPolicy policy, LocalDate day) {
    int months = policy.prospectReviewMonths();
    return new Rule(
        RecordType.PROSPECT,
        RuleCode.LAST_ACTIVITY_PLUS_MONTHS,
        new Period(months, PeriodUnit.MONTHS),
        LegalGround.LEGITIMATE_INTEREST_PROSPECT,
        m.prospect(months),
        RetentionService.REGISTER,
        repository.countProspects(RetentionService.prospectCutoff(policy, day)));
  }

  private Rule consent(RetentionMessages m, RetentionPolicy policy, LocalDate day) {
    int months = policy.consentMonths();
    return new Rule(
        RecordType.CONSENT,
        RuleCode.NOT_RENEWED_FOR_MONTHS,
        new Period(months, PeriodUnit.MONTHS),
        LegalGround.CONSENT,
        m.consent(months),
        RetentionService.REGISTER,
        repository.countLapsingConsents(startOf(day.minusMonths(months))));
  }

  private Rule erasureHold(RetentionMessages m, LocalDate day) {
    return new Rule(
        RecordType.ERASURE_HOLD,
        RuleCode.HOLD_ENDS,
        new Period(null, null),
        LegalGround.LEGAL_OBLIGATION_OR_CLAIM,
        m.erasureHold(),
        RetentionService.REGISTER,
        repository.countHoldsEnding(day));
  }

  private static Rule accessCopy(RetentionMessages m, RetentionPolicy policy) {
    int days = policy.accessCopyDays();
    return new Rule(
        RecordType.ACCESS_COPY,
        RuleCode.CLOSED_PLUS_DAYS,
        new Period(days, PeriodUnit.DAYS),
        LegalGround.DATA_SUBJECT_ACCESS,
        m.accessCopy(days),
        RetentionService.RIGHTS,
        null);
  }

  private static Rule request(RetentionMessages m, RetentionPolicy policy) {
    int years = policy.requestYears();
    return new Rule(
        RecordType.REQUEST,
        RuleCode.CLOSED_PLUS_YEARS,
        new Period(years, PeriodUnit.YEARS),
        LegalGround.ACCOUNTABILITY,
        m.request(years),
        RetentionService.RIGHTS,
        null);
  }

  private Rule suppression(RetentionMessages m, RetentionPolicy policy, LocalDate day) {
    int years = policy.suppressionYears();
    return new Rule(
        RecordType.SUPPRESSION,
        RuleCode.CREATED_PLUS_YEARS,
        new Period(years, PeriodUnit.YEARS),
        LegalGround.ACCOUNTABILITY,
        m.suppression(years),
        RetentionService.REGISTER,
        repository.countSuppressions(startOf(day.minusYears(years))));
  }

  private Rule audit(RetentionMessages m, RetentionPolicy policy, LocalDate day) {
    int years = policy.auditYears();
    return new Rule(
        RecordType.AUDIT,
        RuleCode.RECORDED_PLUS_YEARS,
        new Period(years, PeriodUnit.YEARS),
        LegalGround.SECURITY_OF_PROCESSING,
        m.audit(years),
        RetentionService.REGISTER,
        repository.countAuditEntries(startOf(day.minusYears(years))));
  }

  private Rule disclosure(RetentionMessages m, RetentionPolicy policy, LocalDate day) {
    int years = policy.disclosureYears();
    return new Rule(
        RecordType.DISCLOSURE,
        RuleCode.RECORDED_PLUS_YEARS,
        new Period(years, PeriodUnit.YEARS),
        LegalGround.RECIPIENT_INFORMATION,
        m.disclosure(years, VoucherPeriod.YEARS),
        RetentionService.REGISTER,
        repository.countDisclosures(
            startOf(day.minusYears(years)), retention.vouchersKeptFrom(day)));
  }
}
