package fi.rekisteri.register.invoice;

import fi.rekisteri.register.contact.ContactDependants;
import fi.rekisteri.register.order.OrderDependants;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class InvoiceRepository
    implements PanacheRepositoryBase<Invoice, UUID>, ContactDependants, OrderDependants {

  /** How many invoices the contact has. */
  @Override
  public long countForContact(UUID contactId) {
    return count("contactId", contactId);
  }

  /** A contact's invoices, oldest first. */
  public List<Invoice> forContact(UUID contactId) {
    return list("contactId", Sort.by("issueDate").and("id"), contactId);
  }

  /** How many invoices reference an order. */
  @Override
  public long countForOrder(UUID orderId) {
    return count("orderId", orderId);
  }

  List<Invoice> page(UUID after, UUID contactId, InvoiceStatus status, int limit) {
    StringBuilder query = new StringBuilder("1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (after != null) {
      query.append(" and id > :after");
      params.put("after", after);
    }
    if (contactId != null) {
      query.append(" and contactId = :contactId");
      params.put("contactId", contactId);
    }
    if (status != null) {
      query.append(" and status = :status");
      params.put("status", status);
    }
    return find(query.toString(), Sort.by("id"), params).page(0, limit + 1).list();
  }

  /** Locks the invoice row, so that concurrent payments see each other's sums. */
  Optional<Invoice> findForUpdate(UUID id) {
    return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
  }

  boolean numberTaken(String number) {
    return count("number", number) > 0;
  }
}
