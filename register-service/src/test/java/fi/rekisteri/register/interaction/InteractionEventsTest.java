package fi.rekisteri.register.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import fi.rekisteri.register.common.SourceChannel;
import fi.rekisteri.register.support.RegisterStack;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The relay deletes outbox rows once Kafka has them, so the rows are read inside the writing
 * transaction, which the test rolls back.
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class InteractionEventsTest {

  @Inject InteractionService service;
  @Inject EntityManager entityManager;

  @Test
  @TestTransaction
  @SuppressWarnings("unchecked")
  void givenInteractionRecorded_whenCommitted_thenContactEventWithEmptyBodyAndAuditEntry() {
    UUID contactId = UUID.fromString(InteractionFixtures.contact());

    service.record(
        contactId,
        new InteractionRequest(
            InteractionKind.MEETING,
            SourceChannel.MEETING,
            Instant.now().minusSeconds(5),
            "Site visit"),
        "sales");

    List<Object[]> events =
        entityManager
            .createNativeQuery(
                "SELECT event_type, aggregate_type, subject_id, payload FROM outbox_event"
                    + " WHERE aggregate_id = ?1 AND event_type = 'InteractionRecorded'")
            .setParameter(1, contactId)
            .getResultList();
    assertThat(events).hasSize(1);
    assertThat(events.get(0)[1]).isEqualTo("contact");
    assertThat(String.valueOf(events.get(0)[2])).isEqualTo(contactId.toString());
    assertThat((String) events.get(0)[3]).contains("\"body\":{}").doesNotContain("Site visit");

    // staged in the change's own transaction; linked into the chain once it commits
    List<Object> audited =
        entityManager
            .createNativeQuery(
                "SELECT action FROM audit_pending WHERE subject_id = ?1"
                    + " AND resource = 'interaction'")
            .setParameter(1, contactId)
            .getResultList();
    assertThat(audited).containsExactly("CREATE");
  }
}
