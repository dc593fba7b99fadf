package fi.rekisteri.register.organisation;

import fi.rekisteri.register.common.LikePatterns;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

  /** An organisation ordering or invoiced within this many months is a customer (R16). */
  public static final int CUSTOMER_MONTHS = 24;

  /**
   * SQL condition: the organisation {@code organisation} (a column or parameter of the enclosing
   * query) is a customer on {@code :day}: an order or invoice of it, or of one of its contacts,
   * dated on or after {@code :customerSince} ({@code :day} less {@link #CUSTOMER_MONTHS} months),
   * or an open customer relationship (started, not ended before the day) of one of its contacts
   * other than {@code contact}. A contact's own relationship is a condition of its own: it does not
   * make the organisation a customer. The erasure policy's facts and the retention job's query of
   * ending holds use this one condition, so the two never disagree.
   */
  public static String customerCondition(String organisation, String contact) {
    String members = "SELECT m.id FROM contact m WHERE m.organisation_id = " + organisation;
    return "(EXISTS (SELECT 1 FROM customer_order co WHERE co.order_date >= :customerSince"
        + " AND (co.organisation_id = "
        + organisation
        + " OR co.contact_id IN ("
        + members
        + ")))"
        + " OR EXISTS (SELECT 1 FROM invoice ci WHERE ci.issue_date >= :customerSince"
        + " AND (ci.organisation_id = "
        + organisation
        + " OR ci.contact_id IN ("
        + members
        + ")))"
        + " OR EXISTS (SELECT 1 FROM contact oc WHERE oc.organisation_id = "
        + organisation
        + " AND oc.id <> "
        + contact
        + " AND oc.erased_at IS NULL AND oc.relationship_start IS NOT NULL"
        + " AND (oc.relationship_end IS NULL OR oc.relationship_end >= :day)))";
  }

  /** The first day whose orders and invoices make an organisation a customer on {@code day}. */
  public static LocalDate customerSince(LocalDate day) {
    return day.minusMonths(CUSTOMER_MONTHS);
  }

  /**
   * Whether the organisation is a customer on the day ({@link #customerCondition}), leaving out
   * {@code contactId}'s own relationship.
   */
  public boolean isCustomer(UUID organisationId, UUID contactId, LocalDate day) {
    Object customer =
        getEntityManager()
            .createNativeQuery(
                "SELECT "
                    + customerCondition("CAST(:organisation AS uuid)", "CAST(:contact AS uuid)"))
            .setParameter("organisation", organisationId)
            .setParameter("contact", contactId)
            .setParameter("day", day)
            .setParameter("customerSince", customerSince(day))
            .getSingleResult();
    return Boolean.TRUE.equals(customer);
  }

  public Optional<Organisation> findByBusinessId(String businessId) {
    return find("businessId", businessId).firstResultOptional();
  }

  List<Organisation> page(UUID after, String name, int limit) {
    StringBuilder query = new StringBuilder("1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (after != null) {
      query.append(" and id > :after");
      params.put("after", after);
    }
    if (name != null && !name.isBlank()) {
      query.append(" and lower(name) like :name ").append(LikePatterns.ESCAPE);
      params.put("name", LikePatterns.contains(name));
    }
    return find(query.toString(), Sort.by("id"), params).page(0, limit + 1).list();
  }
}
