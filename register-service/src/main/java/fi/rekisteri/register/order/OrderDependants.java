package fi.rekisteri.register.order;

import java.util.UUID;

/**
 * An aggregate that refers to orders (invoices): it answers how many of its records an order has,
 * so that an order with any is kept for the books. Each aggregate's repository implements it; the
 * order package names none of them (the same pattern as {@code ContactDependants}).
 */
public interface OrderDependants {

  /** How many of this aggregate's records refer to the order. */
  long countForOrder(UUID orderId);
}
