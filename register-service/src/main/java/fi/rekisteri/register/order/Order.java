package fi.rekisteri.register.order;

import fi.rekisteri.register.common.Source;
import fi.rekisteri.register.common.SourceChannel;
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
import java.util.UUID;

/** An order (R5); the summary stands in for order lines. */
@Entity(name = "Order")
@Table(name = "customer_order")
public class Order {

  @Id UUID id;
  String number;

  @Column(name = "order_date")
  LocalDate orderDate;

  @Column(name = "organisation_id")
  UUID organisationId;

  @Column(name = "contact_id")
  UUID contactId;

  String worksite;
  String summary;
  BigDecimal total;
  String currency;

  @Enumerated(EnumType.STRING)
  @Column(name = "source_channel")
  SourceChannel sourceChannel;

  @Column(name = "source_collected_at")
  Instant sourceCollectedAt;

  @Version long version;

  @Column(name = "created_at")
  Instant createdAt;

  @Column(name = "updated_at")
  Instant updatedAt;

  protected Order() {}

  Order(UUID id, OrderRequest request) {
    this.id = id;
    this.createdAt = Instant.now();
    apply(request);
  }

  void apply(OrderRequest request) {
    number = request.number();
    orderDate = request.orderDate();
    organisationId = request.organisationId();
    contactId = request.contactId();
    worksite = request.worksite();
    summary = request.summary();
    total = request.total();
    currency = request.currency() == null ? "EUR" : request.currency();
    sourceChannel = request.source().channel();
    sourceCollectedAt = request.source().collectedAt();
    updatedAt = Instant.now();
  }

  /** Rectification (Art. 16) of the summary; true if it changed. */
  public boolean correctSummary(String corrected) {
    if (java.util.Objects.equals(summary, corrected)) {
      return false;
    }
    summary = corrected;
    updatedAt = Instant.now();
    return true;
  }

  /** Rectification (Art. 16) of the worksite; true if it changed. */
  public boolean correctWorksite(String corrected) {
    if (java.util.Objects.equals(worksite, corrected)) {
      return false;
    }
    worksite = corrected;
    updatedAt = Instant.now();
    return true;
  }

  /** Where the order's data came from (R6). */
  public SourceChannel sourceChannel() {
    return sourceChannel;
  }

  /** Erasure keeps the order for the books but cuts the free text that may describe the person. */
  public void anonymise() {
    worksite = null;
    summary = null;
    updatedAt = Instant.now();
  }

  /** Erasure: the order stays in the organisation's history without the person. */
  public void detachContact() {
    contactId = null;
    updatedAt = Instant.now();
  }

  /**
   * As {@link #detachContact()}, for a person who represented {@code organisation} (null: none): an
   * order that named no organisation is kept as that organisation's, so that it still counts when
   * the register asks whether the organisation is a customer.
   */
  public void detachContact(UUID organisation) {
    if (organisationId == null) {
      organisationId = organisation;
    }
    detachContact();
  }

  public UUID id() {
    return id;
  }

  public UUID contactId() {
    return contactId;
  }

  public long version() {
    return version;
  }

  public OrderView view() {
    return new OrderView(
        id,
        number,
        orderDate,
        organisationId,
        contactId,
        worksite,
        summary,
        total,
        currency,
        new Source(sourceChannel, sourceCollectedAt),
        version);
  }

  @Override
  public String toString() {
    return "Order[" + id + "]";
  }
}
