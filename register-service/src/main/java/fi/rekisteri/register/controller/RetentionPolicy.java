package fi.rekisteri.register.controller;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How long each record type is kept (R10), part of the controller profile. Every field is optional:
 * an absent one takes its default ({@link #DEFAULTS}), so profiles written before this existed stay
 * valid. The register serves it at {@code GET /api/v1/retention} and its retention job enforces it;
 * the access-copy and request periods are enforced by the rights service from its own configuration
 * (see README, "Retention").
 */
public record RetentionPolicy(
    CustomerRule customerRule,
    @Min(1) @Max(30) Integer customerYears,
    @Min(1) @Max(120) Integer prospectReviewMonths,
    @Min(1) @Max(120) Integer consentMonths,
    @Min(1) @Max(3650) Integer accessCopyDays,
    @Min(1) @Max(30) Integer requestYears,
    @Min(1) @Max(30) Integer suppressionYears,
    @Min(1) @Max(30) Integer auditYears,
    @Min(1) @Max(30) Integer disclosureYears) {

  /** When a customer's data falls due. */
  public enum CustomerRule {
    /** The relationship's end date plus {@code customerYears}. */
    RELATIONSHIP_END_PLUS_YEARS,
    /** The end of the last billing (invoice or order) year plus {@code customerYears}. */
    BILLING_YEAR_PLUS_YEARS
  }

  public static final RetentionPolicy DEFAULTS =
      new RetentionPolicy(CustomerRule.RELATIONSHIP_END_PLUS_YEARS, 10, 24, 24, 90, 5, 5, 3, 5);

  /** This policy with every absent field taken from {@link #DEFAULTS}. */
  public RetentionPolicy withDefaults() {
    return new RetentionPolicy(
        or(customerRule, DEFAULTS.customerRule),
        or(customerYears, DEFAULTS.customerYears),
        or(prospectReviewMonths, DEFAULTS.prospectReviewMonths),
        or(consentMonths, DEFAULTS.consentMonths),
        or(accessCopyDays, DEFAULTS.accessCopyDays),
        or(requestYears, DEFAULTS.requestYears),
        or(suppressionYears, DEFAULTS.suppressionYears),
        or(auditYears, DEFAULTS.auditYears),
        or(disclosureYears, DEFAULTS.disclosureYears));
  }

  /** The policy of a profile, defaults when it has none. */
  public static RetentionPolicy of(ControllerProfile profile) {
    return profile == null || profile.retentionPolicy() == null
        ? DEFAULTS
        : profile.retentionPolicy().withDefaults();
  }

  private static <T> T or(T value, T fallback) {
    return value == null ? fallback : value;
  }
}
