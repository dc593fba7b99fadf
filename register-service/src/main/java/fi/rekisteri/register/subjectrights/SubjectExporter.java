package fi.rekisteri.register.subjectrights;

import fi.rekisteri.register.audit.AuditAction;
import fi.rekisteri.register.audit.AuditLog;
import fi.rekisteri.register.common.DomainException;
import fi.rekisteri.register.contact.Contact;
import fi.rekisteri.register.contact.ContactEvent.SubjectDataExported;
import fi.rekisteri.register.contact.ContactRepository;
import fi.rekisteri.register.contact.ContactView;
import fi.rekisteri.register.controller.RetentionPolicy;
import fi.rekisteri.register.disclosure.DisclosureLedger;
import fi.rekisteri.register.mention.MentionService;
import fi.rekisteri.register.order.OrderView;
import fi.rekisteri.register.organisation.Organisation;
import fi.rekisteri.register.organisation.OrganisationRepository;
import fi.rekisteri.register.outbox.Outbox;
import fi.rekisteri.register.preference.PreferenceService;
import fi.rekisteri.register.preference.PreferencesView;
import fi.rekisteri.register.retention.RetentionService;
import fi.rekisteri.register.subjectrights.SubjectExport.ExportedLogEntry;
import fi.rekisteri.register.subjectrights.SubjectExport.ExportedRetention;
import fi.rekisteri.register.subjectrights.SubjectExport.LabelledSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Everything the register holds on one subject (R14, R18), audit-logged. */
@ApplicationScoped
public class SubjectExporter {

  private final ContactRepository contacts;
  private final OrganisationRepository organisations;
  private final CommercialHistory history;
  private final PreferenceService preferences;
  private final DisclosureLedger ledger;
  private final EntityManager entityManager;
  private final AuditLog audit;
  private final Outbox outbox;
  private final MentionService mentions;
  private final RetentionService retention;
  private final int erasureLedgerDays;

  public SubjectExporter(
      ContactRepository contacts,
      OrganisationRepository organisations,
      CommercialHistory history,
      PreferenceService preferences,
      DisclosureLedger ledger,
      EntityManager entityManager,
      AuditLog audit,
      Outbox outbox,
      MentionService mentions,
      RetentionService retention,
      // the erasure ledger topic's retention (erasureledger/ErasureLedgerTopic), the same setting
      ErasureLedgerRetention erasureLedger) {
    this.mentions = mentions;
    this.retention = retention;
    this.erasureLedgerDays = erasureLedger.retentionDays();
    this.contacts = contacts;
    this.organisations = organisations;
    this.history = history;
    this.preferences = preferences;
    this.ledger = ledger;
    this.entityManager = entityManager;
    this.audit = audit;
    this.outbox = outbox;
  }

  @Transactional
  public SubjectExport export(UUID subjectId, String requestId) {
    Contact contact =
        contacts.findByIdOptional(subjectId).orElseThrow(() -> DomainException.notFound("subject"));
    ContactView contactView = contact.view(null);
    List<OrderView> orders = history.orders(subjectId);
    PreferencesView preferenceView = contact.erased() ? null : preferences.read(subjectId);
    List<LabelledSource> sources = new ArrayList<>();
    sources.add(new LabelledSource("contact", contactView.source()));
    orders.forEach(o -> sources.add(new LabelledSource("order " + o.number(), o.source())));
    if (preferenceView != null) {
      preferenceView
          .history()
          .forEach(p -> sources.add(new LabelledSource("preference " + p.kind(), p.source())));
    }
    SubjectExport export =
        new SubjectExport(
            subjectId,
            Instant.now(),
            contactView,
            contact.organisationId() == null
                ? null
                : organisations
                    .findByIdOptional(contact.organisationId())
                    .map(Organisation::view)
                    .orElse(null),
            orders,
            history.invoices(subjectId),
            preferenceView,
            history.interactions(subjectId),
            sources,
            ledger.forSubject(subjectId),
            auditSummary(subjectId),
            mentions.current(subjectId).stream()
                .filter(m -> !m.redacted() && m.passage() != null)
                .map(
                    m ->
                        new SubjectExport.ExportedMention(
                            m.recordType(), m.field(), m.matchedBy(), m.passage()))
                .toList(),
            log(subjectId),
            logTotal(subjectId),
            retention());
    audit.record(subjectId, AuditAction.EXPORT, "subject");
    outbox.publish(subjectId, subjectId, new SubjectDataExported(requestId));
    return export;
  }

  /** The subject's latest log entries, newest first: time, action and purpose, no reader. */
  private List<ExportedLogEntry> log(UUID subjectId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT occurred_at, action, purpose FROM audit_entry WHERE subject_id = ?1"
                    + " ORDER BY id DESC LIMIT ?2")
            .setParameter(1, subjectId)
            .setParameter(2, SubjectExport.LOG_LIMIT)
            .getResultList();
    return rows.stream()
        .map(row -> new ExportedLogEntry(instant(row[0]), (String) row[1], (String) row[2]))
        .toList();
  }

  private long logTotal(UUID subjectId) {
    return ((Number)
            entityManager
                .createNativeQuery("SELECT count(*) FROM audit_entry WHERE subject_id = ?1")
                .setParameter(1, subjectId)
                .getSingleResult())
        .longValue();
  }

  private static Instant instant(Object value) {
    return fi.rekisteri.platform.jdbc.SqlTimes.instant(value);
  }

  /** The periods the retention job, the erasure ledger and the erasure holds enforce. */
  ExportedRetention retention() {
    RetentionPolicy policy = retention.policy();
    return new ExportedRetention(
        policy.customerRule(),
        policy.customerYears(),
        policy.prospectReviewMonths(),
        policy.consentMonths(),
        ErasurePolicy.VOUCHER_YEARS,
        policy.suppressionYears(),
        policy.auditYears(),
        policy.disclosureYears(),
        erasureLedgerDays);
  }

  private Map<String, Long> auditSummary(UUID subjectId) {
    Map<String, Long> summary = new LinkedHashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT action, count(*) FROM audit_entry WHERE subject_id = ?1 GROUP BY action"
                    + " ORDER BY action")
            .setParameter(1, subjectId)
            .getResultList();
    rows.forEach(row -> summary.put((String) row[0], ((Number) row[1]).longValue()));
    return summary;
  }
}
