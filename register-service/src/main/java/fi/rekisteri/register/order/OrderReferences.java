package fi.rekisteri.register.order;

import fi.rekisteri.register.common.DomainException;
import fi.rekisteri.register.contact.ContactRepository;
import fi.rekisteri.register.organisation.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.UUID;

/**
 * An order's references both ways: the contact and organisation it names must exist, and the
 * records of other aggregates that name it ({@link OrderDependants}) keep it. Called inside {@link
 * OrderService}'s transactions.
 */
@ApplicationScoped
public class OrderReferences {

  private final ContactRepository contacts;
  private final OrganisationRepository organisations;
  private final Instance<OrderDependants> dependants;

  public OrderReferences(
      ContactRepository contacts,
      OrganisationRepository organisations,
      @Any Instance<OrderDependants> dependants) {
    this.contacts = contacts;
    this.organisations = organisations;
    this.dependants = dependants;
  }

  /** Refuses a request whose contact (or erased contact) or organisation does not exist. */
  void require(OrderRequest request) {
    if (contacts.findByIdOptional(request.contactId()).filter(c -> !c.erased()).isEmpty()) {
      throw DomainException.invalidField("contactId", "no such contact");
    }
    if (request.organisationId() != null
        && organisations.findByIdOptional(request.organisationId()).isEmpty()) {
      throw DomainException.invalidField("organisationId", "no such organisation");
    }
  }

  /** How many records of other aggregates refer to the order. */
  long dependantCount(UUID orderId) {
    return dependants.stream().mapToLong(d -> d.countForOrder(orderId)).sum();
  }
}
