package fi.rekisteri.register.order;

import fi.rekisteri.register.audit.AuditAction;
import fi.rekisteri.register.audit.AuditLog;
import fi.rekisteri.register.common.Cursor;
import fi.rekisteri.register.common.DomainException;
import fi.rekisteri.register.common.Page;
import fi.rekisteri.register.contact.RestrictionGuard;
import fi.rekisteri.register.order.OrderEvent.OrderCreated;
import fi.rekisteri.register.order.OrderEvent.OrderDeleted;
import fi.rekisteri.register.order.OrderEvent.OrderUpdated;
import fi.rekisteri.register.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

@ApplicationScoped
public class OrderService {

  private static final String RESOURCE = "order";

  private final OrderRepository repository;
  private final OrderReferences references;
  private final RestrictionGuard restrictions;
  private final Outbox outbox;
  private final AuditLog audit;

  public OrderService(
      OrderRepository repository,
      OrderReferences references,
      RestrictionGuard restrictions,
      Outbox outbox,
      AuditLog audit) {
    this.repository = repository;
    this.references = references;
    this.restrictions = restrictions;
    this.outbox = outbox;
    this.audit = audit;
  }

  @Transactional
  public OrderView create(OrderRequest request) {
    references.require(request);
    restrictions.requireUsable(request.contactId());
    requireUniqueNumber(request.number(), null);
    Order order = new Order(UUID.randomUUID(), request);
    repository.persist(order);
    outbox.publish(order.id(), order.contactId(), new OrderCreated());
    audit(order.contactId(), AuditAction.CREATE);
    flush();
    return order.view();
  }

  @Transactional
  public OrderView read(UUID id) {
    Order order = find(id);
    restrictions.requireReadable(order.contactId());
    audit(order.contactId(), AuditAction.READ);
    return order.view();
  }

  @Transactional
  public OrderView update(UUID id, long expectedVersion, OrderRequest request) {
    Order order = find(id);
    restrictions.requireUsable(order.contactId());
    if (order.version() != expectedVersion) {
      throw DomainException.staleVersion();
    }
    references.require(request);
    restrictions.requireUsable(request.contactId());
    requireUniqueNumber(request.number(), id);
    UUID previousContact = order.contactId();
    order.apply(request);
    outbox.publish(id, order.contactId(), new OrderUpdated());
    audit(order.contactId(), AuditAction.UPDATE);
    if (!Objects.equals(previousContact, order.contactId())) {
      // the order moved away from this person: their record changed too
      audit(previousContact, AuditAction.UPDATE);
    }
    flush();
    return order.view();
  }

  @Transactional
  public void delete(UUID id) {
    Order order = find(id);
    restrictions.requireUsable(order.contactId());
    if (references.dependantCount(id) > 0) {
      throw DomainException.conflict("The order has invoices; it is kept for the books.");
    }
    repository.delete(order);
    outbox.publish(id, order.contactId(), new OrderDeleted());
    audit(order.contactId(), AuditAction.DELETE);
  }

  @Transactional
  public Page<OrderView> list(String cursor, UUID contactId, Integer limit) {
    int size = Cursor.limit(limit);
    Page<OrderView> page =
        Page.of(
            repository.page(
                Cursor.decode(cursor), contactId, restrictions.mayReadRestricted(), size),
            size,
            Order::id,
            Order::view);
    page.items().stream()
        .map(OrderView::contactId)
        .filter(Objects::nonNull)
        .distinct()
        .forEach(subject -> audit(subject, AuditAction.SEARCH));
    return page;
  }

  private Order find(UUID id) {
    return repository.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("order"));
  }

  private void requireUniqueNumber(String number, UUID self) {
    if (repository.numberTaken(number, self)) {
      throw numberTaken();
    }
  }

  /** Flushes so that a concurrent duplicate or removed reference is a 409, not a server error. */
  private void flush() {
    try {
      repository.flush();
    } catch (ConstraintViolationException e) {
      String constraint = e.getConstraintName();
      if (constraint != null && constraint.contains("number")) {
        throw numberTaken();
      }
      throw DomainException.conflict("The order conflicts with a concurrent change; try again.");
    }
  }

  /** Audit-logs the access with the contact as subject; a detached record has no subject. */
  private void audit(UUID subject, AuditAction action) {
    if (subject != null) {
      audit.record(subject, action, RESOURCE);
    }
  }

  private static DomainException numberTaken() {
    return new DomainException(409, "Conflict", "An order with this number exists.", "number");
  }
}
