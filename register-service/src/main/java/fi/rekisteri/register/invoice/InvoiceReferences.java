package fi.rekisteri.register.invoice;

import fi.rekisteri.register.common.DomainException;
import fi.rekisteri.register.contact.ContactRepository;
import fi.rekisteri.register.order.Order;
import fi.rekisteri.register.order.OrderRepository;
import fi.rekisteri.register.organisation.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The records an invoice names: its contact, organisation and order must exist, and the order must
 * be the contact's. Called inside {@link InvoiceService}'s transactions.
 */
@ApplicationScoped
public class InvoiceReferences {

  private final ContactRepository contacts;
  private final OrganisationRepository organisations;
  private final OrderRepository orders;

  public InvoiceReferences(
      ContactRepository contacts, OrganisationRepository organisations, OrderRepository orders) {
    this.contacts = contacts;
    this.organisations = organisations;
    this.orders = orders;
  }

  /** Refuses a request whose contact, organisation or order does not exist or does not match. */
  void require(InvoiceRequest request) {
    if (contacts.findByIdOptional(request.contactId()).filter(c -> !c.erased()).isEmpty()) {
      throw DomainException.invalidField("contactId", "no such contact");
    }
    if (request.organisationId() != null
        && organisations.findByIdOptional(request.organisationId()).isEmpty()) {
      throw DomainException.invalidField("organisationId", "no such organisation");
    }
    if (request.orderId() != null) {
      Order order =
          orders
              .findByIdOptional(request.orderId())
              .orElseThrow(() -> DomainException.invalidField("orderId", "no such order"));
      if (!request.contactId().equals(order.contactId())) {
        throw DomainException.invalidField("orderId", "the order belongs to another contact");
      }
    }
  }
}
