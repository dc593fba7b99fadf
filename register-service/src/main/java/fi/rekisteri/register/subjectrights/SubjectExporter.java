package fi.rekisteri.register.subjectrights;

import fi.rekisteri.register.audit.AuditAction;
import fi.rekisteri.register.audit.AuditLog;
import fi.rekisteri.register.common.DomainException;
import fi.rekisteri.register.contact.Contact;
import fi.rekisteri.register.contact.ContactEvent.SubjectDataExported;
import fi.rekisteri.register.contact.ContactRepository;
import fi.rekisteri.register.contact.ContactView;
import fi.rekisteri.register.disclosure.DisclosureLedger;
import fi.rekisteri.register.mention.MentionService;
import fi.rekisteri.register.order.OrderView;
import fi.rekisteri.register.organisation.Organisation;
import fi.rekisteri.register.organisation.OrganisationRepository;
import fi.rekisteri.register.outbox.Outbox;
import fi.rekisteri.register.preference.PreferenceService;
import fi.rekisteri.register.preference.PreferencesView;
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

  public SubjectExporter(
      ContactRepository contacts,
      OrganisationRepository organisations,
      CommercialHistory history,
      PreferenceService preferences,
      DisclosureLedger ledger,
      EntityManager entityManager,
      AuditLog audit,
      Outbox outbox,
      MentionService mentions) {
    this.mentions = mentions;
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
                .toList());
    audit.record(subjectId, AuditAction.EXPORT, "subject");
    outbox.publish(subjectId, subjectId, new SubjectDataExported(requestId));
    return export;
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
