package fi.rekisteri.register.order;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OrderRepository implements PanacheRepositoryBase<Order, UUID> {

  public List<Order> forContact(UUID contactId) {
    return list("contactId", Sort.by("orderDate").and("id"), contactId);
  }

  List<Order> page(UUID after, UUID contactId, int limit) {
    if (contactId != null) {
      return find("contactId = ?1 and (?2 is null or id > ?2)", Sort.by("id"), contactId, after)
          .page(0, limit + 1)
          .list();
    }
    return find("?1 is null or id > ?1", Sort.by("id"), after).page(0, limit + 1).list();
  }

  boolean numberTaken(String number, UUID self) {
    return count("number = ?1 and id <> ?2", number, self == null ? new UUID(0, 0) : self) > 0;
  }
}
