package fi.rekisteri.register.invoice;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PaymentRepository implements PanacheRepositoryBase<Payment, UUID> {

  /** An invoice's payments in the order they were paid. */
  public List<Payment> forInvoice(UUID invoiceId) {
    return list("invoiceId", Sort.by("paidOn").and("createdAt").and("id"), invoiceId);
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
