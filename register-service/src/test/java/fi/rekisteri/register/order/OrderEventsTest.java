package fi.rekisteri.register.order;

import static org.assertj.core.api.Assertions.assertThat;

import fi.rekisteri.register.common.Source;
import fi.rekisteri.register.common.SourceChannel;
import fi.rekisteri.register.support.RegisterStack;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The relay deletes outbox rows once Kafka has them, so the rows are read inside the writing
 * transaction, which the test rolls back.
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class OrderEventsTest {

  @Inject OrderService service;
  @Inject EntityManager entityManager;

  @Test
  @TestTransaction
  @SuppressWarnings("unchecked")
  void givenOrderWrites_whenCommitted_thenOutboxCarriesIdsOnlyAndAuditNamesTheContact() {
    UUID contactId = UUID.fromString(OrderFixtures.contact());
    OrderRequest request =
        request(contactId, "ORD-" + UUID.randomUUID().toString().substring(0, 8));

    OrderView created = service.create(request);
    service.update(created.id(), created.version(), request);
    service.delete(created.id());

    List<Object[]> events =
        entityManager
            .createNativeQuery(
                "SELECT event_type, aggregate_type, subject_id, payload FROM outbox_event"
                    + " WHERE aggregate_id = ?1 ORDER BY id")
            .setParameter(1, created.id())
            .getResultList();
    assertThat(events)
        .extracting(row -> row[0])
        .containsExactly("OrderCreated", "OrderUpdated", "OrderDeleted");
    assertThat(events).allSatisfy(row -> assertThat(row[1]).isEqualTo("order"));
    assertThat(events)
        .allSatisfy(row -> assertThat(String.valueOf(row[2])).isEqualTo(contactId.toString()));
    assertThat(events)
        .allSatisfy(
            row ->
                assertThat((String) row[3])
                    .contains("\"body\":{}")
                    .doesNotContain("Työmaa")
                    .doesNotContain(request.number()));

    // staged in the change's own transaction; linked into the chain once it commits
    List<Object> audited =
        entityManager
            .createNativeQuery(
                "SELECT action FROM audit_pending WHERE subject_id = ?1 AND resource = 'order'"
                    + " ORDER BY seq")
            .setParameter(1, contactId)
            .getResultList();
    assertThat(audited).containsExactly("CREATE", "UPDATE", "DELETE");
  }

  private static OrderRequest request(UUID contactId, String number) {
    return new OrderRequest(
        number,
        LocalDate.now(),
        null,
        contactId,
        "Työmaa Kallio",
        "Kattoremontti",
        new BigDecimal("99.50"),
        null,
        new Source(SourceChannel.PHONE, Instant.now().minusSeconds(60)));
  }
}
