package fi.rekisteri.register.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "invoice")
public class Invoice {

  @Id UUID id;
  String number;

  @Column(name = "order_id")
  UUID orderId;

  @Column(name = "organisation_id")
  UUID organisationId;

  @Column(name = "contact_id")
  UUID contactId;

  @Column(name = "issue_date")
  LocalDate issueDate;

  @Column(name = "due_date")
  LocalDate dueDate;

  BigDecimal amount;

  @Column(name = "reference_number")
  String referenceNumber;

  @Enumerated(EnumType.STRING)
  InvoiceStatus status;

  @Version long version;

  @Column(name = "created_at")
  Instant createdAt;

  @Column(name = "updated_at")
  Instant updatedAt;

  protected Invoice() {}

  Invoice(UUID id, InvoiceRequest request) {
    this.id = id;
    this.number = request.number();
    this.orderId = request.orderId();
    this.organisationId = request.organisationId();
    this.contactId = request.contactId();
    this.issueDate = request.issueDate();
    this.dueDate = request.dueDate();
    this.amount = request.amount();
    this.referenceNumber = request.referenceNumber();
    this.status = InvoiceStatus.OPEN;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  /** Sets the status; returns whether it changed. */
  boolean changeStatus(InvoiceStatus status) {
    if (this.status == status) {
      return false;
    }
    this.status = status;
    this.updatedAt = Instant.now();
    return true;
  }

  public UUID id() {
    return id;
  }

  public UUID contactId() {
    return contactId;
  }

  public InvoiceStatus status() {
    return status;
  }

  public LocalDate issueDate() {
    return issueDate;
  }

  public BigDecimal amount() {
    return amount;
  }

  public long version() {
    return version;
  }

  public String number() {
    return number;
  }

  public UUID orderId() {
    return orderId;
  }

  /** The invoice as the API shows it, with the payments recorded against it. */
  public InvoiceView view(List<PaymentView> payments) {
    return new InvoiceView(
        id,
        number,
        orderId,
        organisationId,
        contactId,
        issueDate,
        dueDate,
        amount,
        referenceNumber,
        status,
        List.copyOf(payments),
        version);
  }

  @Override
  public String toString() {
    return "Invoice[" + id + "]";
  }
}
