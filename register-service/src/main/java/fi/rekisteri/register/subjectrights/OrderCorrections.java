package fi.rekisteri.register.subjectrights;

import fi.rekisteri.platform.validation.PersonalIdentityCodes;
import fi.rekisteri.register.common.DomainException;
import fi.rekisteri.register.contact.RectifyChanges;
import fi.rekisteri.register.contact.RectifyChanges.OrderChanges;
import fi.rekisteri.register.order.Order;
import fi.rekisteri.register.order.OrderEvent.OrderUpdated;
import fi.rekisteri.register.order.OrderRepository;
import fi.rekisteri.register.outbox.Outbox;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.RectifiedSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Rectification of the free text of the subject's own orders (summary, worksite), named by order
 * number; an order of someone else is "no such order". The limits are those of {@code
 * order/OrderRequest}.
 */
@ApplicationScoped
class OrderCorrections {

  private static final Map<String, Integer> MAX = Map.of("summary", 2000, "worksite", 100);

  /** What the corrections changed: the field names and the sources of the changed orders. */
  record Corrected(List<String> changedFields, List<RectifiedSource> sources) {}

  private final OrderRepository orders;
  private final Outbox outbox;

  OrderCorrections(OrderRepository orders, Outbox outbox) {
    this.orders = orders;
    this.outbox = outbox;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  Corrected correct(UUID subjectId, RectifyChanges changes) {
    List<String> changed = new ArrayList<>();
    List<RectifiedSource> sources = new ArrayList<>();
    changes
        .orders()
        .forEach(
            (number, correction) -> {
              String path = "changes.orders." + number;
              Order order =
                  orders
                      .find("contactId = ?1 and number = ?2", subjectId, number)
                      .firstResultOptional()
                      .orElseThrow(
                          () -> DomainException.invalidField(path, "no such order of the subject"));
              check(path, correction);
              boolean summary =
                  correction.has("summary") && order.correctSummary(correction.value("summary"));
              boolean worksite =
                  correction.has("worksite") && order.correctWorksite(correction.value("worksite"));
              if (summary) {
                changed.add("orderSummary");
              }
              if (worksite) {
                changed.add("orderWorksite");
              }
              if (summary || worksite) {
                sources.add(new RectifiedSource("order " + number, order.sourceChannel()));
                outbox.publish(order.id(), subjectId, new OrderUpdated());
              }
            });
    return new Corrected(changed.stream().distinct().toList(), sources);
  }

  private static void check(String path, OrderChanges correction) {
    MAX.forEach(
        (field, max) -> {
          String value = correction.has(field) ? correction.value(field) : null;
          if (value == null) {
            return;
          }
          if (value.length() > max) {
            throw DomainException.invalidField(
                path + "." + field, "size must be between 0 and " + max);
          }
          if (PersonalIdentityCodes.containsIdentityCode(value)) {
            throw DomainException.invalidField(
                path + "." + field,
                "must not contain a Finnish personal identity code (henkilötunnus)");
          }
        });
  }
}
