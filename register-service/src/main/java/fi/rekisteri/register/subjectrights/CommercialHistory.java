package fi.rekisteri.register.subjectrights;

import fi.rekisteri.register.interaction.Interaction;
import fi.rekisteri.register.interaction.InteractionRepository;
import fi.rekisteri.register.interaction.InteractionView;
import fi.rekisteri.register.invoice.InvoiceRepository;
import fi.rekisteri.register.invoice.InvoiceView;
import fi.rekisteri.register.invoice.Payment;
import fi.rekisteri.register.invoice.PaymentRepository;
import fi.rekisteri.register.order.Order;
import fi.rekisteri.register.order.OrderRepository;
import fi.rekisteri.register.order.OrderView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** A subject's orders, invoices with payments, and interactions, as views. */
@ApplicationScoped
public class CommercialHistory {

  private final OrderRepository orders;
  private final InvoiceRepository invoices;
  private final PaymentRepository payments;
  private final InteractionRepository interactions;

  public CommercialHistory(
      OrderRepository orders,
      InvoiceRepository invoices,
      PaymentRepository payments,
      InteractionRepository interactions) {
    this.orders = orders;
    this.invoices = invoices;
    this.payments = payments;
    this.interactions = interactions;
  }

  List<OrderView> orders(UUID subjectId) {
    return orders.forContact(subjectId).stream().map(Order::view).toList();
  }

  List<InvoiceView> invoices(UUID subjectId) {
    return invoices.forContact(subjectId).stream()
        .map(i -> i.view(payments.forInvoice(i.id()).stream().map(Payment::view).toList()))
        .toList();
  }

  List<InteractionView> interactions(UUID subjectId) {
    return interactions.forContact(subjectId).stream().map(Interaction::view).toList();
  }
}
