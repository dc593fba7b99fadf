package fi.rekisteri.register.order;

import fi.rekisteri.register.contact.ContactDependants;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class OrderRepository implements PanacheRepositoryBase<Order, UUID>, ContactDependants {

  /** How many orders the contact has. */
  @Override
  public long countForContact(UUID contactId) {
    return count("contactId", contactId);
  }

  public List<Order> forContact(UUID contactId) {
    return list("contactId", Sort.by("orderDate").and("id"), contactId);
  }

  /** A page of orders; those of restricted contacts only when {@code includeRestricted}. */
  List<Order> page(UUID after, UUID contactId, boolean includeRestricted, int limit) {
    StringBuilder query = new StringBuilder("1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (!includeRestricted) {
      query.append(
          " and (contactId is null or contactId not in"
              + " (select c.id from Contact c where c.restricted = true))");
    }
    if (after != null) {
      query.append(" and id > :after");
      params.put("after", after);
    }
    if (contactId != null) {
      query.append(" and contactId = :contactId");
      params.put("contactId", contactId);
    }
    return find(query.toString(), Sort.by("id"), params).page(0, limit + 1).list();
  }

  boolean numberTaken(String number, UUID self) {
    return count("number = ?1 and id <> ?2", number, self == null ? new UUID(0, 0) : self) > 0;
  }
}
