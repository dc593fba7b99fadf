package fi.rekisteri.register.retention;

import fi.rekisteri.platform.audit.AuditPruning;
import fi.rekisteri.register.audit.AuditAction;
import fi.rekisteri.register.audit.AuditLog;
import fi.rekisteri.register.controller.ControllerProfileService;
import fi.rekisteri.register.controller.ControllerProfileView;
import fi.rekisteri.register.controller.RetentionPolicy;
import fi.rekisteri.register.controller.RetentionPolicy.CustomerRule;
import fi.rekisteri.register.invoice.VoucherPeriod;
import fi.rekisteri.register.outbox.Outbox;
import fi.rekisteri.register.preference.PreferenceEvent.PreferencesChanged;
import fi.rekisteri.register.preference.PreferenceKind;
import fi.rekisteri.register.retention.RetentionRecords.RecordType;
import fi.rekisteri.register.retention.RetentionRecords.RunView;
import fi.rekisteri.register.retention.RetentionRecords.Runs;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The retention policy of the controller profile, what falls due under it, and the deletions the
 * register makes by record type (R10); the DPO's view of the rules is {@link RetentionRules}. The
 * erasure of people goes through the rights commands, so that their holds apply
 * (subjectrights/RetentionJob).
 */
@ApplicationScoped
public class RetentionService {

  static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  static final int LOOKAHEAD_DAYS = 30;
  static final String REGISTER = "register-service";
  static final String RIGHTS = "rights-service";
  private static final String SYSTEM = "system:retention";

  private final RetentionRepository repository;
  private final ControllerProfileService profiles;
  private final Outbox outbox;
  private final AuditLog audit;
  private final AuditPruning auditPruning;

  public RetentionService(
      RetentionRepository repository,
      ControllerProfileService profiles,
      Outbox outbox,
      AuditLog audit,
      AuditPruning auditPruning) {
    this.repository = repository;
    this.profiles = profiles;
    this.outbox = outbox;
    this.audit = audit;
    this.auditPruning = auditPruning;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public RetentionPolicy policy() {
    return RetentionPolicy.of(profiles.current().map(ControllerProfileView::profile).orElse(null));
  }

  // ---- what falls due on a day, a page at a time in id order after {@code after}; the job and
  // dueNext30Days (counts with the same conditions) both use these

  @Transactional
  public List<UUID> customersDue(RetentionPolicy policy, LocalDate day, UUID after, int limit) {
    if (policy.customerRule() == CustomerRule.BILLING_YEAR_PLUS_YEARS) {
      return repository.customersByBillingYear(firstDayNotDue(policy, day), day, after, limit);
    }
    return repository.customersByRelationshipEnd(
        day.minusYears(policy.customerYears()), after, limit);
  }

  long countCustomersDue(RetentionPolicy policy, LocalDate day) {
    if (policy.customerRule() == CustomerRule.BILLING_YEAR_PLUS_YEARS) {
      return repository.countCustomersByBillingYear(firstDayNotDue(policy, day), day);
    }
    return repository.countCustomersByRelationshipEnd(day.minusYears(policy.customerYears()));
  }

  private static LocalDate firstDayNotDue(RetentionPolicy policy, LocalDate day) {
    return LocalDate.of(day.getYear() - policy.customerYears(), 1, 1);
  }

  @Transactional
  public List<UUID> prospectsDue(RetentionPolicy policy, LocalDate day, UUID after, int limit) {
    return repository.prospects(prospectCutoff(policy, day), after, limit);
  }

  static Instant prospectCutoff(RetentionPolicy policy, LocalDate day) {
    return startOf(day.minusMonths(policy.prospectReviewMonths()));
  }

  @Transactional
  public List<UUID> holdsEnding(LocalDate day, UUID after, int limit) {
    return repository.holdsEnding(day, after, limit);
  }

  // ---- the register's own deletions

  /**
   * Consents given and not renewed within the period lapse: a withdrawal by the register enters the
   * history (source SYSTEM) and the change is published like any other. A page of at most {@code
   * limit} consents at a time, each page in a transaction of its own, in contact order; a contact's
   * channels are never split between two pages.
   */
  public long lapseConsents(RetentionPolicy policy, LocalDate today, int limit) {
    Instant cutoff = startOf(today.minusMonths(policy.consentMonths()));
    long lapsed = 0;
    UUID after = RetentionRepository.FIRST;
    while (true) {
      UUID from = after;
      LapsePage page =
          QuarkusTransaction.requiringNew()
              .call(() -> lapsePage(repository.lapsingConsents(cutoff, from, limit), limit));
      lapsed += page.lapsed();
      if (page.last() == null) {
        return lapsed;
      }
      after = page.last();
    }
  }

  /** What one page lapsed, and the contact the next page starts after (null: no next page). */
  record LapsePage(long lapsed, UUID last) {}

  private LapsePage lapsePage(List<Object[]> rows, int limit) {
    List<Object[]> kept = wholeContacts(rows, limit);
    Instant now = Instant.now();
    Set<UUID> contacts = new LinkedHashSet<>();
    for (Object[] row : kept) {
      UUID contactId = RetentionRepository.uuid(row[0]);
      repository.withdrawConsent(contactId, row[1] == null ? null : row[1].toString(), now);
      contacts.add(contactId);
    }
    for (UUID contactId : contacts) {
      outbox.publish(
          contactId,
          contactId,
          new PreferencesChanged(List.of(PreferenceKind.DIRECT_MARKETING_CONSENT)));
    }
    audit.recordAll(audit.caller(), List.copyOf(contacts), AuditAction.UPDATE, "preferences");
    UUID last = rows.size() < limit ? null : RetentionRepository.uuid(kept.get(kept.size() - 1)[0]);
    return new LapsePage(kept.size(), last);
  }

  /**
   * A full page may end in the middle of a contact's channels: those rows are left for the next
   * page (which starts after the last contact kept), unless the page holds one contact only.
   */
  static List<Object[]> wholeContacts(List<Object[]> rows, int limit) {
    if (rows.size() < limit) {
      return rows;
    }
    Object lastContact = rows.get(rows.size() - 1)[0];
    List<Object[]> kept = rows.stream().filter(r -> !r[0].equals(lastContact)).toList();
    return kept.isEmpty() ? rows : kept;
  }

  @Transactional
  public long deleteSuppressions(RetentionPolicy policy, LocalDate today) {
    return repository.deleteSuppressions(startOf(today.minusYears(policy.suppressionYears())));
  }

  /**
   * In a transaction of its own, as the audit owner: the service's user may not delete audit
   * entries ({@link AuditPruning}).
   */
  public long deleteAuditEntries(RetentionPolicy policy, LocalDate today) {
    return auditPruning.prune(startOf(today.minusYears(policy.auditYears())));
  }

  /**
   * Ledger rows older than the period go, except a row of invoices while the vouchers it describes
   * are kept (Kirjanpitolaki 2:10, with the profile's financial year): the accounting firm still
   * holds them, and the access copy and Art. 19 must still name it.
   */
  @Transactional
  public long deleteDisclosures(RetentionPolicy policy, LocalDate today) {
    return repository.deleteDisclosures(
        startOf(today.minusYears(policy.disclosureYears())), vouchersKeptFrom(today));
  }

  /** The earliest voucher date still kept on the day, by the profile's financial year. */
  LocalDate vouchersKeptFrom(LocalDate day) {
    return VoucherPeriod.firstDateKept(day, profiles.financialYearStart());
  }

  /** Leaves the run's dated report: counts by record type, nothing else. */
  @Transactional
  public RunView recordRun(LocalDate today, Instant startedAt, Map<RecordType, Long> counts) {
    Map<String, Long> byName = new LinkedHashMap<>();
    counts.forEach((type, count) -> byName.put(type.name(), count));
    RetentionRun run = new RetentionRun(today, startedAt, byName);
    repository.persist(run);
    return run.view();
  }

  // ---- the DPO's view (the rules themselves: RetentionRules)

  @Transactional
  public Runs runs(int limit) {
    return new Runs(repository.latestRuns(limit).stream().map(RetentionRun::view).toList());
  }

  static Instant startOf(LocalDate day) {
    return day.atStartOfDay(HELSINKI).toInstant();
  }
}
