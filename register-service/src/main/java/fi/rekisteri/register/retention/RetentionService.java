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
import fi.rekisteri.register.retention.RetentionRecords.LegalGround;
import fi.rekisteri.register.retention.RetentionRecords.Period;
import fi.rekisteri.register.retention.RetentionRecords.PeriodUnit;
import fi.rekisteri.register.retention.RetentionRecords.RecordType;
import fi.rekisteri.register.retention.RetentionRecords.Rule;
import fi.rekisteri.register.retention.RetentionRecords.RuleCode;
import fi.rekisteri.register.retention.RetentionRecords.Rules;
import fi.rekisteri.register.retention.RetentionRecords.RunView;
import fi.rekisteri.register.retention.RetentionRecords.Runs;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The retention policy of the controller profile, what falls due under it, and the deletions the
 * register makes by record type (R10). The erasure of people goes through the rights commands, so
 * that their holds apply (subjectrights/RetentionJob).
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

  private long countCustomersDue(RetentionPolicy policy, LocalDate day) {
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

  private static Instant prospectCutoff(RetentionPolicy policy, LocalDate day) {
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
  private LocalDate vouchersKeptFrom(LocalDate day) {
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

  // ---- the DPO's view

  @Transactional
  public Runs runs(int limit) {
    return new Runs(repository.latestRuns(limit).stream().map(RetentionRun::view).toList());
  }

  @Transactional
  public Rules rules(LocalDate today, String language) {
    boolean fi = !"en".equals(language);
    RetentionPolicy policy = policy();
    LocalDate day = today.plusDays(LOOKAHEAD_DAYS);
    List<Rule> rules = new ArrayList<>();
    boolean byBilling = policy.customerRule() == CustomerRule.BILLING_YEAR_PLUS_YEARS;
    rules.add(
        rule(
            RecordType.CUSTOMER,
            byBilling ? RuleCode.BILLING_YEAR_PLUS_YEARS : RuleCode.RELATIONSHIP_END_PLUS_YEARS,
            new Period(policy.customerYears(), PeriodUnit.YEARS),
            LegalGround.LEGITIMATE_INTEREST_CUSTOMER_RELATIONSHIP,
            fi
                ? (byBilling
                    ? "Asiakkaan tiedot poistetaan, kun viimeisen laskutusvuoden päättymisestä on"
                        + " kulunut %d kalenterivuotta; kirjanpidon ja avoimien saatavien"
                        + " vaatimat tiedot säilytetään niiden ajan."
                    : "Asiakkaan tiedot poistetaan, kun asiakassuhteen päättymisestä on kulunut %d"
                        + " vuotta; kirjanpidon ja avoimien saatavien vaatimat tiedot säilytetään"
                        + " niiden ajan.")
                : (byBilling
                    ? "A customer's data is erased %d calendar years after the last billing year;"
                        + " what accounting law or an open claim needs is kept as long as that."
                    : "A customer's data is erased %d years after the customer relationship ended;"
                        + " what accounting law or an open claim needs is kept as long as that."),
            REGISTER,
            countCustomersDue(policy, day)));
    rules.add(
        rule(
            RecordType.PROSPECT,
            RuleCode.LAST_ACTIVITY_PLUS_MONTHS,
            new Period(policy.prospectReviewMonths(), PeriodUnit.MONTHS),
            LegalGround.LEGITIMATE_INTEREST_PROSPECT,
            fi
                ? "Mahdollisen asiakkaan tiedot poistetaan, jos asiakassuhdetta ei ole syntynyt %d"
                    + " kuukauden kuluessa tietojen tallentamisesta tai viimeisestä yhteydenotosta."
                : "A prospect's data is erased when no customer relationship has arisen within %d"
                    + " months of being recorded or of the last interaction.",
            REGISTER,
            repository.countProspects(prospectCutoff(policy, day))));
    rules.add(
        rule(
            RecordType.CONSENT,
            RuleCode.NOT_RENEWED_FOR_MONTHS,
            new Period(policy.consentMonths(), PeriodUnit.MONTHS),
            LegalGround.CONSENT,
            fi
                ? "Suoramarkkinointisuostumus raukeaa, jos sitä ei ole uusittu %d kuukauteen;"
                    + " raukeaminen merkitään suostumushistoriaan peruutuksena."
                : "A direct-marketing consent lapses when not renewed for %d months; the lapse"
                    + " enters the consent history as a withdrawal.",
            REGISTER,
            repository.countLapsingConsents(startOf(day.minusMonths(policy.consentMonths())))));
    rules.add(
        rule(
            RecordType.ERASURE_HOLD,
            RuleCode.HOLD_ENDS,
            new Period(null, null),
            LegalGround.LEGAL_OBLIGATION_OR_CLAIM,
            fi
                ? "Poistopyynnön jälkeen säilytetyt tiedot poistetaan, kun säilyttämisen peruste"
                    + " päättyy: saatava on maksettu, kirjanpitoaineiston säilytysaika on kulunut"
                    + " tai henkilö ei enää ole yhteyshenkilö."
                : "What an erasure had to keep is erased when its ground ends: the claim is"
                    + " settled, the accounting voucher period is over, or the person is no"
                    + " longer a contact person.",
            REGISTER,
            repository.countHoldsEnding(day)));
    rules.add(
        rule(
            RecordType.ACCESS_COPY,
            RuleCode.CLOSED_PLUS_DAYS,
            new Period(policy.accessCopyDays(), PeriodUnit.DAYS),
            LegalGround.DATA_SUBJECT_ACCESS,
            fi
                ? "Toimitettu jäljennös (tarkastus- tai siirto-oikeus) poistetaan %d päivän kuluttua"
                    + " pyynnön sulkemisesta; pyyntö ja sen kirjeet säilyvät."
                : "A delivered copy (access or portability) is deleted %d days after the request"
                    + " closed; the request and its letters stay.",
            RIGHTS,
            null));
    rules.add(
        rule(
            RecordType.REQUEST,
            RuleCode.CLOSED_PLUS_YEARS,
            new Period(policy.requestYears(), PeriodUnit.YEARS),
            LegalGround.ACCOUNTABILITY,
            fi
                ? "Suljettu rekisteröidyn pyyntö kirjeineen ja tehtävineen poistetaan %d vuoden"
                    + " kuluttua sulkemisesta."
                : "A closed data-subject request, with its letters and tasks, is deleted %d years"
                    + " after it closed.",
            RIGHTS,
            null));
    rules.add(
        rule(
            RecordType.SUPPRESSION,
            RuleCode.CREATED_PLUS_YEARS,
            new Period(policy.suppressionYears(), PeriodUnit.YEARS),
            LegalGround.ACCOUNTABILITY,
            fi
                ? "Poistetun henkilön estomerkintä poistetaan %d vuoden kuluttua; suoramarkkinoinnin"
                    + " vastustamisen estomerkintä säilyy."
                : "The suppression entry of an erased person is deleted after %d years; one for an"
                    + " objection to direct marketing stays.",
            REGISTER,
            repository.countSuppressions(startOf(day.minusYears(policy.suppressionYears())))));
    rules.add(
        rule(
            RecordType.AUDIT,
            RuleCode.RECORDED_PLUS_YEARS,
            new Period(policy.auditYears(), PeriodUnit.YEARS),
            LegalGround.SECURITY_OF_PROCESSING,
            fi
                ? "Käsittelylokin merkinnät poistetaan %d vuoden kuluttua."
                : "Audit log entries are deleted after %d years.",
            REGISTER,
            repository.countAuditEntries(startOf(day.minusYears(policy.auditYears())))));
    rules.add(
        rule(
            RecordType.DISCLOSURE,
            RuleCode.RECORDED_PLUS_YEARS,
            new Period(policy.disclosureYears(), PeriodUnit.YEARS),
            LegalGround.RECIPIENT_INFORMATION,
            fi
                ? "Luovutusloki (kenelle tietoja on luovutettu) poistetaan %d vuoden kuluttua."
                    + " Merkintä laskun luovutuksesta säilytetään kuitenkin niin kauan kuin laskua"
                    + " ja sen maksuja säilytetään kirjanpitotositteina: "
                    + VoucherPeriod.YEARS
                    + " vuotta sen vuoden lopusta, jonka aikana tilikausi päättyi."
                : "Disclosure ledger entries (who received the data) are deleted after %d years."
                    + " An entry of an invoice is kept, though, as long as the invoice and its"
                    + " payments are kept as accounting vouchers: "
                    + VoucherPeriod.YEARS
                    + " years from the end of the year in which the financial period ended.",
            REGISTER,
            repository.countDisclosures(
                startOf(day.minusYears(policy.disclosureYears())), vouchersKeptFrom(day))));
    return new Rules(today, fi ? "fi" : "en", rules);
  }

  private static Rule rule(
      RecordType type,
      RuleCode code,
      Period period,
      LegalGround ground,
      String description,
      String enforcedBy,
      Long due) {
    String text =
        period.amount() == null ? description : String.format(description, period.amount());
    return new Rule(type, code, period, ground, text, enforcedBy, due);
  }

  static Instant startOf(LocalDate day) {
    return day.atStartOfDay(HELSINKI).toInstant();
  }
}
