package fi.rekisteri.register.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Appends an event in the caller's transaction: the change and its event commit together. */
@ApplicationScoped
public class Outbox {

  private final OutboxRepository repository;
  private final ObjectMapper mapper;
  private final Event<OutboxWritten> written;

  public Outbox(OutboxRepository repository, ObjectMapper mapper, Event<OutboxWritten> written) {
    this.repository = repository;
    this.mapper = mapper;
    this.written = written;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public EventEnvelope publish(
      String aggregateType,
      UUID aggregateId,
      UUID subjectId,
      String eventType,
      Map<String, Object> body) {
    EventEnvelope envelope =
        new EventEnvelope(
            UUID.randomUUID(),
            eventType,
            aggregateType,
            aggregateId,
            subjectId,
            Instant.now(),
            EventEnvelope.SCHEMA_VERSION,
            body);
    try {
      repository.persist(new OutboxEvent(envelope, mapper.writeValueAsString(envelope)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("event " + eventType + " could not be serialised", e);
    }
    written.fire(new OutboxWritten());
    return envelope;
  }

  /** Fired inside the transaction; the relay reacts after a successful commit. */
  public record OutboxWritten() {}
}
