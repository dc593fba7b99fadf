package fi.rekisteri.register.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The answers of {@code /api/v1/retention}: codes, a period, and a description in one language. */
public final class RetentionRecords {

  private RetentionRecords() {}

  /** The record types a retention rule covers. */
  public enum RecordType {
    CUSTOMER,
    PROSPECT,
    CONSENT,
    ERASURE_HOLD,
    ACCESS_COPY,
    REQUEST,
    SUPPRESSION,
    AUDIT,
    DISCLOSURE
  }

  /** When a record falls due. */
  public enum RuleCode {
    RELATIONSHIP_END_PLUS_YEARS,
    BILLING_YEAR_PLUS_YEARS,
    LAST_ACTIVITY_PLUS_MONTHS,
    NOT_RENEWED_FOR_MONTHS,
    HOLD_ENDS,
    CLOSED_PLUS_DAYS,
    CLOSED_PLUS_YEARS,
    CREATED_PLUS_YEARS,
    RECORDED_PLUS_YEARS
  }

  /** Why the record is kept until then. */
  public enum LegalGround {
    /** GDPR Art. 6(1)(f): the customer relationship. */
    LEGITIMATE_INTEREST_CUSTOMER_RELATIONSHIP,
    /** GDPR Art. 6(1)(f): marketing to a prospective customer. */
    LEGITIMATE_INTEREST_PROSPECT,
    /** GDPR Art. 6(1)(a), 7: consent lasts while it is renewed. */
    CONSENT,
    /** GDPR Art. 17(3)(b), (e): accounting law and open claims. */
    LEGAL_OBLIGATION_OR_CLAIM,
    /** GDPR Art. 12, 15, 20: the copy is kept for the person to download. */
    DATA_SUBJECT_ACCESS,
    /** GDPR Art. 5(2): showing that requests and erasures were handled. */
    ACCOUNTABILITY,
    /** GDPR Art. 5(1)(f), 32: who read or wrote whose data. */
    SECURITY_OF_PROCESSING,
    /** GDPR Art. 15(1)(c), 19: telling the person who received the data. */
    RECIPIENT_INFORMATION
  }

  public enum PeriodUnit {
    DAYS,
    MONTHS,
    YEARS
  }

  /** Amount null: while the hold lasts. */
  public record Period(Integer amount, PeriodUnit unit) {}

  /**
   * One rule. {@code enforcedBy} is the service that erases; {@code dueNext30Days} counts the
   * records the register's job would erase within 30 days (null for the rights service's records).
   */
  public record Rule(
      RecordType recordType,
      RuleCode rule,
      Period period,
      LegalGround legalGround,
      String description,
      String enforcedBy,
      Long dueNext30Days) {}

  public record Rules(LocalDate asOf, String language, List<Rule> rules) {}

  /** One run of the retention job: counts only, by record type. */
  public record RunView(
      UUID id,
      LocalDate runDate,
      Instant startedAt,
      Instant finishedAt,
      Map<String, Long> counts) {}

  public record Runs(List<RunView> items) {}
}
