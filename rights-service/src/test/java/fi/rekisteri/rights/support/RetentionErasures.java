package fi.rekisteri.rights.support;

import static org.awaitility.Awaitility.await;

import fi.rekisteri.rights.erasure.RetentionNotice;
import fi.rekisteri.rights.erasure.RetentionNotices;
import io.quarkus.arc.Arc;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The register's own erasures as its retention job publishes them (ContactErased with a requestId
 * {@code retention:<day>[:<subject>]}), and the Art. 19 tasks this service makes of them. In a
 * {@code @QuarkusTest} only (it reaches the running application's beans).
 */
public final class RetentionErasures {

  private RetentionErasures() {}

  /** Publishes the register's ContactErased for {@code subjectId} with {@code requestId}. */
  public static UUID publish(UUID subjectId, String requestId) {
    UUID eventId = UUID.randomUUID();
    String event =
        """
        {"eventId":"%s","eventType":"ContactErased","aggregateType":"contact",
         "aggregateId":"%s","subjectId":"%s","occurredAt":"%s","schemaVersion":1,
         "body":{"requestId":"%s","erased":["INTERACTIONS","CONTACT_RECORD"],"kept":[]}}
        """
            .formatted(eventId, subjectId, subjectId, Instant.now(), requestId);
    EventProducer.send("contact.events", subjectId.toString(), event);
    return eventId;
  }

  public static RetentionNotices notices() {
    return Arc.container().instance(RetentionNotices.class).get();
  }

  /** Runs the job until the subject's tasks are there (the event consumed first); returns them. */
  public static List<RetentionNotice.View> awaitTasks(UUID subjectId, int expected) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(300))
        .until(
            () -> {
              notices().createDue();
              return of(subjectId).size() >= expected;
            });
    return of(subjectId);
  }

  public static List<RetentionNotice.View> of(UUID subjectId) {
    return notices().list(null).stream().filter(n -> n.subjectId().equals(subjectId)).toList();
  }

  /** A fresh open task: a period ended for a new subject with the ledger's three recipients. */
  public static UUID openTask() {
    UUID subjectId = UUID.randomUUID();
    publish(subjectId, "retention:2026-12-06:" + subjectId);
    return awaitTasks(subjectId, 1).get(0).id();
  }
}
