package fi.rekisteri.register.invoice;

import fi.rekisteri.register.audit.AuditAction;
import fi.rekisteri.register.audit.AuditLog;
import fi.rekisteri.register.common.Cursor;
import fi.rekisteri.register.common.DomainException;
import fi.rekisteri.register.common.Page;
import fi.rekisteri.register.disclosure.DisclosureService;
import fi.rekisteri.register.invoice.InvoiceEvent.InvoiceCreated;
import fi.rekisteri.register.invoice.InvoiceEvent.InvoiceStatusChanged;
import fi.rekisteri.register.invoice.InvoiceEvent.PaymentRecorded;
import fi.rekisteri.register.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.exception.ConstraintViolationException;

@ApplicationScoped
public class InvoiceService {

  private static final String RESOURCE = "invoice";
  private static final String INVOICE_DATA = "name, billing address, invoice details";

  private final InvoiceRepository repository;
  private final PaymentRepository payments;
  private final InvoiceReferences references;
  private final Outbox outbox;
  private final AuditLog audit;
  private final DisclosureService disclosures;

  public InvoiceService(
      InvoiceRepository repository,
      PaymentRepository payments,
      InvoiceReferences references,
      Outbox outbox,
      AuditLog audit,
      DisclosureService disclosures) {
    this.repository = repository;
    this.payments = payments;
    this.references = references;
    this.outbox = outbox;
    this.audit = audit;
    this.disclosures = disclosures;
  }

  @Transactional
  public InvoiceView create(InvoiceRequest request) {
    references.require(request);
    if (repository.numberTaken(request.number())) {
      throw numberTaken();
    }
    Invoice invoice = new Invoice(UUID.randomUUID(), request);
    repository.persist(invoice);
    outbox.publish(invoice.id(), invoice.contactId(), new InvoiceCreated(invoice.id()));
    // R20: the invoice goes to the processors that keep the books
    disclosures.discloseRecord(
        invoice.contactId(), "INVOICES", invoice.id(), INVOICE_DATA, "invoicing");
    audit(invoice.contactId(), AuditAction.CREATE);
    flush();
    return invoice.view(List.of());
  }

  @Transactional
  public InvoiceView read(UUID id) {
    Invoice invoice = find(id);
    audit(invoice.contactId(), AuditAction.READ);
    return view(invoice);
  }

  @Transactional
  public Page<InvoiceView> list(
      String cursor, UUID contactId, InvoiceStatus status, Integer limit) {
    int size = Cursor.limit(limit);
    List<Invoice> rows = repository.page(Cursor.decode(cursor), contactId, status, size);
    Map<UUID, List<PaymentView>> paid = paymentsOf(rows);
    Page<InvoiceView> page =
        Page.of(rows, size, Invoice::id, i -> i.view(paid.getOrDefault(i.id(), List.of())));
    page.items().stream()
        .map(InvoiceView::contactId)
        .filter(Objects::nonNull)
        .distinct()
        .forEach(subject -> audit(subject, AuditAction.SEARCH));
    return page;
  }

  @Transactional
  public InvoiceView changeStatus(UUID id, long expectedVersion, InvoiceStatus status) {
    Invoice invoice = find(id);
    if (invoice.version() != expectedVersion) {
      throw DomainException.staleVersion();
    }
    if (invoice.changeStatus(status)) {
      publishStatus(invoice);
      if (status == InvoiceStatus.IN_COLLECTION) {
        // R20: a claim handed over for collection is a disclosure to the debt collector
        disclosures.discloseRecord(
            invoice.contactId(),
            "INVOICES_IN_COLLECTION",
            invoice.id(),
            INVOICE_DATA,
            "debt collection");
      }
    }
    audit(invoice.contactId(), AuditAction.UPDATE);
    repository.flush();
    return view(invoice);
  }

  /**
   * Records a payment; once the payments cover the amount, an open or collected claim becomes PAID.
   * A credited invoice keeps its status.
   */
  @Transactional
  public InvoiceView recordPayment(UUID id, PaymentRequest request) {
    Invoice invoice =
        repository.findForUpdate(id).orElseThrow(() -> DomainException.notFound("invoice"));
    BigDecimal paidBefore = payments.sumForInvoice(id);
    Payment payment = new Payment(id, request.paidOn(), request.amount());
    payments.persist(payment);
    outbox.publish(id, invoice.contactId(), new PaymentRecorded(id));
    boolean covered = paidBefore.add(request.amount()).compareTo(invoice.amount()) >= 0;
    if (covered && invoice.status().isOpenClaim() && invoice.changeStatus(InvoiceStatus.PAID)) {
      publishStatus(invoice);
    }
    audit(invoice.contactId(), AuditAction.UPDATE);
    repository.flush();
    return view(invoice);
  }

  private void publishStatus(Invoice invoice) {
    outbox.publish(
        invoice.id(),
        invoice.contactId(),
        new InvoiceStatusChanged(invoice.id(), invoice.status()));
  }

  private InvoiceView view(Invoice invoice) {
    return invoice.view(payments.forInvoice(invoice.id()).stream().map(Payment::view).toList());
  }

  private Map<UUID, List<PaymentView>> paymentsOf(List<Invoice> invoices) {
    if (invoices.isEmpty()) {
      return Map.of();
    }
    List<UUID> ids = invoices.stream().map(Invoice::id).toList();
    return payments.list("invoiceId in ?1 order by paidOn, createdAt, id", ids).stream()
        .collect(
            Collectors.groupingBy(
                Payment::invoiceId, Collectors.mapping(Payment::view, Collectors.toList())));
  }

  private Invoice find(UUID id) {
    return repository.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("invoice"));
  }

  private void flush() {
    try {
      repository.flush();
    } catch (ConstraintViolationException e) {
      String constraint = e.getConstraintName();
      if (constraint != null && constraint.contains("number")) {
        throw numberTaken();
      }
      throw DomainException.conflict("The invoice conflicts with a concurrent change; try again.");
    }
  }

  /** Audit-logs the access with the contact as subject; a detached record has no subject. */
  private void audit(UUID subject, AuditAction action) {
    if (subject != null) {
      audit.record(subject, action, RESOURCE);
    }
  }

  private static DomainException numberTaken() {
    return new DomainException(409, "Conflict", "An invoice with this number exists.", "number");
  }
}
