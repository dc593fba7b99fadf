package fi.rekisteri.register.order;

import fi.rekisteri.register.outbox.DomainEvent;

/** Events about an order, on topic {@code order.events}, keyed by the ordering contact. */
public sealed interface OrderEvent extends DomainEvent {

  @Override
  default String aggregateType() {
    return "order";
  }

  record OrderCreated() implements OrderEvent {}

  record OrderUpdated() implements OrderEvent {}

  record OrderDeleted() implements OrderEvent {}
}
