package fi.rekisteri.register.invoice;

import fi.rekisteri.register.outbox.DomainEvent;
import java.util.UUID;

/** Events about an invoice, on topic {@code invoice.events}, keyed by the invoiced contact. */
public sealed interface InvoiceEvent extends DomainEvent {

  @Override
  default String aggregateType() {
    return "invoice";
  }

  record InvoiceCreated(UUID invoiceId) implements InvoiceEvent {}

  record InvoiceStatusChanged(UUID invoiceId, InvoiceStatus status) implements InvoiceEvent {}

  record PaymentRecorded(UUID invoiceId) implements InvoiceEvent {}
}
