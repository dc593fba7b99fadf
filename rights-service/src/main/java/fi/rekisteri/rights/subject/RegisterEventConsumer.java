package fi.rekisteri.rights.subject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Applies the register's events. Idempotent: the event id is stored in the same transaction as the
 * effect, so a redelivery is a no-op.
 */
@ApplicationScoped
public class RegisterEventConsumer {

  private static final Logger LOG = Logger.getLogger(RegisterEventConsumer.class);

  private final EntityManager entityManager;
  private final SubjectRepository subjects;
  private final ObjectMapper mapper;
  private final RegisterEventContract contract;
  private final Timer lag;
  private final Event<SubjectEventApplied> applied;
  private final Emitter<String> deadLetters;

  public RegisterEventConsumer(
      EntityManager entityManager,
      SubjectRepository subjects,
      ObjectMapper mapper,
      RegisterEventContract contract,
      MeterRegistry registry,
      Event<SubjectEventApplied> applied,
      @Channel("register-events-dlq") Emitter<String> deadLetters) {
    this.entityManager = entityManager;
    this.subjects = subjects;
    this.mapper = mapper;
    this.contract = contract;
    this.applied = applied;
    this.deadLetters = deadLetters;
    this.lag =
        Timer.builder("register.event.apply.lag")
            .description("Time from the register's change to this service having applied it")
            .publishPercentiles(0.5, 0.95, 0.99)
            .distributionStatisticExpiry(Duration.ofSeconds(20))
            .distributionStatisticBufferLength(2)
            .register(registry);
  }

  /**
   * One transaction per poll batch: a commit per event would cap the rate at the disk's fsyncs. A
   * record that is not JSON or breaks the event contract goes to the dead-letter topic on its own,
   * so it never holds up or takes down the valid events around it. While the database cannot be
   * reached (a restart, a fail-over) the batch waits and is applied again, in order, once it can:
   * an outage of this service's own database is no reason to dead-letter valid events (they would
   * be missing from the projection for good).
   */
  @Incoming("register-events-in")
  @Blocking(ordered = true)
  public void consume(List<String> payloads) {
    List<Received> valid = new ArrayList<>(payloads.size());
    for (String payload : payloads) {
      Optional<Received> received = parse(payload);
      if (received.isPresent()) {
        valid.add(received.get());
      } else {
        deadLetters.send(payload);
      }
    }
    if (valid.isEmpty()) {
      return;
    }
    long backoffMillis = 200;
    while (true) {
      try {
        QuarkusTransaction.requiringNew()
            .run(() -> valid.forEach(received -> apply(received.event(), received.change())));
        return;
      } catch (RuntimeException e) {
        String unavailable = DatabaseOutage.sqlState(e);
        if (unavailable == null) {
          throw e;
        }
        LOG.warnf(
            "database unavailable (SQLState %s): %d events wait and are applied again",
            unavailable, valid.size());
        try {
          Thread.sleep(backoffMillis);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
        backoffMillis = Math.min(backoffMillis * 2, 5000);
      }
    }
  }

  private void apply(RegisterEvent event, SubjectChange change) {
    int inserted =
        entityManager
            .createNativeQuery(
                "INSERT INTO processed_event (event_id, processed_at) VALUES (?1, ?2)"
                    + " ON CONFLICT DO NOTHING")
            .setParameter(1, event.eventId())
            .setParameter(2, Instant.now())
            .executeUpdate();
    if (inserted == 0) {
      LOG.debugf("event %s already processed", event.eventId());
      return;
    }
    if (event.subjectId() != null) {
      Instant now = Instant.now();
      KnownSubject subject = subjects.findById(event.subjectId());
      if (subject == null) {
        // persisted only once complete: Hibernate takes the insert's values at persist time
        subject = new KnownSubject(event.subjectId(), now);
        subject.apply(event, change);
        subjects.persist(subject);
      } else {
        subject.apply(event, change);
      }
      entityManager.persist(new SubjectEvent(event, now));
      lag.record(Duration.between(event.occurredAt(), now));
      applied.fire(new SubjectEventApplied(event.subjectId(), event.eventType()));
    }
  }

  private Optional<Received> parse(String payload) {
    JsonNode record;
    try {
      record = mapper.readTree(payload);
    } catch (JsonProcessingException e) {
      LOG.warn("register event that is not valid JSON sent to the dead-letter topic");
      return Optional.empty();
    }
    if (record == null) {
      LOG.warn("empty register event sent to the dead-letter topic");
      return Optional.empty();
    }
    List<String> violations = contract.violations(record);
    if (!violations.isEmpty()) {
      LOG.warnf(
          "register event breaking the contract sent to the dead-letter topic; schema rules: %s",
          violations);
      return Optional.empty();
    }
    try {
      RegisterEvent event = mapper.treeToValue(record, RegisterEvent.class);
      return Optional.of(new Received(event, SubjectChange.of(event, mapper)));
    } catch (JsonProcessingException e) {
      LOG.warn("register event not readable as its type sent to the dead-letter topic");
      return Optional.empty();
    }
  }

  /** A contract-valid envelope and its typed change. */
  private record Received(RegisterEvent event, SubjectChange change) {}
}
