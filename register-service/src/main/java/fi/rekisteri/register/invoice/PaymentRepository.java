package fi.rekisteri.register.invoice;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class PaymentRepository implements PanacheRepositoryBase<Payment, UUID> {

  /** An invoice's payments in the order they were paid. */
  public List<Payment> forInvoice(UUID invoiceId) {
    return list("invoiceId", Sort.by("paidOn").and("createdAt").and("id"), invoiceId);
  }

  /** The payment dates of each of the invoices that has payments, in the order paid. */
  public Map<UUID, List<LocalDate>> paymentDates(List<UUID> invoiceIds) {
    if (invoiceIds.isEmpty()) {
      return Map.of();
    }
    return list("invoiceId in ?1 order by paidOn, createdAt, id", invoiceIds).stream()
        .collect(
            Collectors.groupingBy(
                Payment::invoiceId, Collectors.mapping(Payment::paidOn, Collectors.toList())));
  }

  BigDecimal sumForInvoice(UUID invoiceId) {
    BigDecimal sum =
        getEntityManager()
            .createQuery(
                "select sum(p.amount) from Payment p where p.invoiceId = :invoiceId",
                BigDecimal.class)
            .setParameter("invoiceId", invoiceId)
            .getSingleResult();
    return sum == null ? BigDecimal.ZERO : sum;
  }
}
