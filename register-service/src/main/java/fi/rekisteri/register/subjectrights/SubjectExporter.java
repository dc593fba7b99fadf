package fi.rekisteri.register.subjectrights;

import fi.rekisteri.register.audit.AuditAction;
import fi.rekisteri.register.audit.AuditLog;
import fi.rekisteri.register.contact.Contact;
import fi.rekisteri.register.contact.ContactEvent.SubjectDataExported;
import fi.rekisteri.register.contact.ContactView;
import fi.rekisteri.register.order.OrderView;
import fi.rekisteri.register.outbox.Outbox;
import fi.rekisteri.register.preference.PreferencesView;
import fi.rekisteri.register.subjectrights.SubjectExport.LabelledSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Everything the register holds on one subject (R14, R18), audit-logged: the register records
 * ({@link SubjectRecordsReader}) and the account of their processing ({@link
 * SubjectProcessingReader}).
 */
@ApplicationScoped
public class SubjectExporter {

  private final SubjectRecordsReader records;
  private final SubjectProcessingReader processing;
  private final AuditLog audit;
  private final Outbox outbox;

  public SubjectExporter(
      SubjectRecordsReader records,
      SubjectProcessingReader processing,
      AuditLog audit,
      Outbox outbox) {
    this.records = records;
    this.processing = processing;
    this.audit = audit;
    this.outbox = outbox;
  }

  @Transactional
  public SubjectExport export(UUID subjectId, String requestId) {
    Contact contact = records.contact(subjectId);
    ContactView contactView = contact.view(null);
    List<OrderView> orders = records.orders(subjectId);
    PreferencesView preferenceView = records.preferences(contact);
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
            records.organisation(contact),
            orders,
            records.invoices(subjectId),
            preferenceView,
            records.interactions(subjectId),
            sources,
            processing.disclosures(subjectId),
            processing.auditSummary(subjectId),
            processing.mentions(subjectId),
            processing.log(subjectId),
            processing.logTotal(subjectId),
            processing.retention());
    audit.record(subjectId, AuditAction.EXPORT, "subject");
    outbox.publish(subjectId, subjectId, new SubjectDataExported(requestId));
    return export;
  }
}
