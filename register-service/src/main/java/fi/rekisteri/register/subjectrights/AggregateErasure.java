package fi.rekisteri.register.subjectrights;

import fi.rekisteri.register.contact.Contact;
import fi.rekisteri.register.interaction.InteractionRepository;
import fi.rekisteri.register.invoice.Invoice;
import fi.rekisteri.register.invoice.InvoiceRepository;
import fi.rekisteri.register.order.Order;
import fi.rekisteri.register.order.OrderRepository;
import fi.rekisteri.register.preference.PreferenceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The erasure's steps on the aggregates that refer to a subject (R16): interactions, preference
 * history, orders and invoices. The contact itself is {@code ContactRightsCommands}'. Called inside
 * the erasure's transaction.
 */
@ApplicationScoped
public class AggregateErasure {

  private final InteractionRepository interactions;
  private final PreferenceRepository preferences;
  private final OrderRepository orders;
  private final InvoiceRepository invoices;

  public AggregateErasure(
      InteractionRepository interactions,
      PreferenceRepository preferences,
      OrderRepository orders,
      InvoiceRepository invoices) {
    this.interactions = interactions;
    this.preferences = preferences;
    this.orders = orders;
    this.invoices = invoices;
  }

  /** The subject's invoices, oldest first. */
  List<Invoice> invoices(UUID subjectId) {
    return invoices.forContact(subjectId);
  }

  void deleteInteractions(UUID subjectId) {
    interactions.forContact(subjectId).forEach(interactions::delete);
  }

  void deletePreferenceHistory(UUID subjectId) {
    preferences.deleteForContact(subjectId);
  }

  /**
   * Anonymises the contact's orders; each is detached from the person unless the invoices bind and
   * it is invoiced.
   */
  void anonymiseOrders(Contact contact, boolean invoicesBind, Set<UUID> invoicedOrders) {
    for (Order order : orders.forContact(contact.id())) {
      order.anonymise();
      if (!(invoicesBind && invoicedOrders.contains(order.id()))) {
        order.detachContact(contact.organisationId());
      }
    }
  }

  /** Frees the subject's invoices and orders from the person: their buyer details go. */
  void detachInvoicesAndOrders(UUID subjectId) {
    invoices.update("contactId = null where contactId = ?1", subjectId);
    orders.update("contactId = null where contactId = ?1", subjectId);
  }
}
