package fi.rekisteri.register.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "payment")
public class Payment {

  @Id UUID id;

  @Column(name = "invoice_id")
  UUID invoiceId;

  @Column(name = "paid_on")
  LocalDate paidOn;

  BigDecimal amount;

  @Column(name = "created_at")
  Instant createdAt;

  protected Payment() {}

  Payment(UUID invoiceId, LocalDate paidOn, BigDecimal amount) {
    this.id = UUID.randomUUID();
    this.invoiceId = invoiceId;
    this.paidOn = paidOn;
    this.amount = amount;
    this.createdAt = Instant.now();
  }

  public UUID id() {
    return id;
  }

  public UUID invoiceId() {
    return invoiceId;
  }

  public LocalDate paidOn() {
    return paidOn;
  }

  public BigDecimal amount() {
    return amount;
  }

  public PaymentView view() {
    return new PaymentView(id, paidOn, amount);
  }

  @Override
  public String toString() {
    return "Payment[" + id + "]";
  }
}
