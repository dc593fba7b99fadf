package fi.rekisteri.register.contact;

import fi.rekisteri.register.common.LikePatterns;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<Contact, UUID> {

  /**
   * Contacts matching every given criterion; restricted ones only when {@code includeRestricted}
   * (whoever may not read them does not find them either, not even as an organisation's contact).
   */
  public List<Contact> search(
      ContactSearch search, boolean includeRestricted, UUID after, int limit) {
    StringBuilder query = new StringBuilder("erasedAt is null");
    Map<String, Object> params = new HashMap<>();
    if (!includeRestricted) {
      query.append(" and restricted = false");
    }
    if (after != null) {
      query.append(" and id > :after");
      params.put("after", after);
    }
    if (search.email() != null) {
      query.append(" and lower(email) = :email");
      params.put("email", search.email().trim().toLowerCase());
    }
    if (search.phone() != null) {
      query.append(" and phone = :phone");
      params.put("phone", search.phone());
    }
    if (search.name() != null) {
      // the expression of the trigram index of migration V10: keep the two the same; the last
      // name alone is inside it, so one predicate covers a search by last name too
      query.append(
          " and lower(coalesce(firstName, '') || ' ' || coalesce(lastName, '')) like :name "
              + LikePatterns.ESCAPE);
      params.put("name", LikePatterns.contains(search.name()));
    }
    if (search.organisationId() != null) {
      query.append(" and organisationId = :organisationId");
      params.put("organisationId", search.organisationId());
    }
    if (search.businessId() != null) {
      query.append(
          " and organisationId in (select o.id from Organisation o where o.businessId = :businessId)");
      params.put("businessId", search.businessId());
    }
    return find(query.toString(), Sort.by("id"), params).page(0, limit + 1).list();
  }
}
