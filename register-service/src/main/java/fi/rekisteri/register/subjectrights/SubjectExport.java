package fi.rekisteri.register.subjectrights;

import fi.rekisteri.register.common.Source;
import fi.rekisteri.register.contact.ContactView;
import fi.rekisteri.register.controller.RetentionPolicy.CustomerRule;
import fi.rekisteri.register.disclosure.DisclosureView;
import fi.rekisteri.register.interaction.InteractionView;
import fi.rekisteri.register.invoice.InvoiceView;
import fi.rekisteri.register.mention.MentionPatterns;
import fi.rekisteri.register.order.OrderView;
import fi.rekisteri.register.organisation.OrganisationView;
import fi.rekisteri.register.preference.PreferencesView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything the register holds on one subject, for access and portability. */
public record SubjectExport(
    UUID subjectId,
    Instant exportedAt,
    ContactView contact,
    OrganisationView organisation,
    List<OrderView> orders,
    List<InvoiceView> invoices,
    PreferencesView preferences,
    List<InteractionView> interactions,
    List<LabelledSource> sources,
    List<DisclosureView> disclosures,
    Map<String, Long> auditSummary,
    @Schema(
            description =
                "Passages of other records' free text that mention the person,"
                    + " not redacted ones; other people's emails and phones masked as ***")
        List<ExportedMention> mentions,
    @Schema(
            description =
                "The subject's log entries, newest first, at most "
                    + SubjectExport.LOG_LIMIT
                    + ": when, what, and the purpose as recorded (X-Purpose, else the reader's"
                    + " role's); never who read")
        List<ExportedLogEntry> log,
    @Schema(description = "How many log entries the register holds on the subject in all")
        long logTotal,
    @Schema(
            description =
                "The retention periods the register enforces (its retention job, the erasure"
                    + " ledger's topic and the accounting voucher period), for the access copy")
        ExportedRetention retention) {

  /** The most log entries an export lists; {@code logTotal} says how many there are. */
  public static final int LOG_LIMIT = 500;

  /**
   * One log entry of the subject: when, the action code, and the purpose as recorded: the reader's
   * {@code X-Purpose} text, or the role's purpose code when none was stated. No user name or id.
   */
  public record ExportedLogEntry(Instant at, String action, String purpose) {}

  /**
   * The periods in force, from the same values the register's retention job uses: the controller
   * profile's retention policy (defaults filled in), the voucher period of the Accounting Act and
   * the erasure ledger topic's retention.
   */
  public record ExportedRetention(
      CustomerRule customerRule,
      int customerYears,
      int prospectReviewMonths,
      int consentMonths,
      int voucherYears,
      int suppressionYears,
      int auditYears,
      int disclosureYears,
      int erasureLedgerDays) {}

  /** A passage mentioning the person: where (CONTACT, INTERACTION, ORDER) and how it was found. */
  public record ExportedMention(
      String recordType, String field, MentionPatterns.MatchedBy matchedBy, String passage) {}

  public record LabelledSource(String record, Source source) {}
}
