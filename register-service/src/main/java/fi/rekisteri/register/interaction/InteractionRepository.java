package fi.rekisteri.register.interaction;

import fi.rekisteri.register.contact.ContactDependants;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class InteractionRepository
    implements PanacheRepositoryBase<Interaction, UUID>, ContactDependants {

  /** How many interactions the contact has. */
  @Override
  public long countForContact(UUID contactId) {
    return count("contactId", contactId);
  }

  /** A contact's interactions, oldest first. */
  public List<Interaction> forContact(UUID contactId) {
    return list("contactId", Sort.by("occurredAt").and("id"), contactId);
  }

  List<Interaction> page(UUID contactId, UUID after, int limit) {
    StringBuilder query = new StringBuilder("contactId = :contactId");
    Map<String, Object> params = new HashMap<>();
    params.put("contactId", contactId);
    if (after != null) {
      query.append(" and id > :after");
      params.put("after", after);
    }
    return find(query.toString(), Sort.by("id"), params).page(0, limit + 1).list();
  }
}
