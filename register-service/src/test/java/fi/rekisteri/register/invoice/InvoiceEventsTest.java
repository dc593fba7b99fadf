package fi.rekisteri.register.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import fi.rekisteri.register.support.RegisterStack;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
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
class InvoiceEventsTest {

  @Inject InvoiceService service;
  @Inject EntityManager entityManager;

  @Test
  @TestTransaction
  @SuppressWarnings("unchecked")
  void givenInvoicePaidInFull_whenCommitted_thenCreatedPaymentAndStatusEventsWithIdsOnly() {
    UUID contactId = UUID.fromString(InvoiceFixtures.contact());
    InvoiceView created =
        service.create(
            new InvoiceRequest(
                "INV-" + UUID.randomUUID().toString().substring(0, 8),
                null,
                null,
                contactId,
                LocalDate.now(),
                LocalDate.now().plusDays(14),
                new BigDecimal("20.00"),
                "1232"));

    InvoiceView paid =
        service.recordPayment(
            created.id(), new PaymentRequest(LocalDate.now(), new BigDecimal("20.00")));

    assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
    List<Object[]> events =
        entityManager
            .createNativeQuery(
                "SELECT event_type, aggregate_type, subject_id, payload FROM outbox_event"
                    + " WHERE aggregate_id = ?1 ORDER BY id")
            .setParameter(1, created.id())
            .getResultList();
    assertThat(events)
        .extracting(row -> row[0])
        .containsExactly("InvoiceCreated", "PaymentRecorded", "InvoiceStatusChanged");
    assertThat(events).allSatisfy(row -> assertThat(row[1]).isEqualTo("invoice"));
    assertThat(events)
        .allSatisfy(row -> assertThat(String.valueOf(row[2])).isEqualTo(contactId.toString()));
    assertThat((String) events.get(2)[3])
        .contains("\"invoiceId\":\"" + created.id() + "\"")
        .contains("\"status\":\"PAID\"")
        .doesNotContain("20.00");

    // staged in the change's own transaction; linked into the chain once it commits
    List<Object> audited =
        entityManager
            .createNativeQuery(
                "SELECT action FROM audit_pending WHERE subject_id = ?1 AND resource = 'invoice'"
                    + " ORDER BY seq")
            .setParameter(1, contactId)
            .getResultList();
    assertThat(audited).containsExactly("CREATE", "UPDATE");
  }
}
