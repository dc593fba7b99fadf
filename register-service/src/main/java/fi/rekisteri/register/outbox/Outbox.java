package fi.rekisteri.register.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Appends an event in the caller's transaction: the change and its event commit together. Every
 * envelope is checked against the event contract before it is written; one that breaks it is a
 * programming error, so the caller's transaction rolls back.
 */
@ApplicationScoped
public class Outbox {

  private final OutboxRepository repository;
  private final ObjectMapper mapper;
  private final EventContract contract;
  private final Event<OutboxWritten> written;

  public Outbox(
      OutboxRepository repository,
      ObjectMapper mapper,
      EventContract contract,
      Event<OutboxWritten> written) {
    this.repository = repository;
    this.mapper = mapper;
    this.contract = contract;
    this.written = written;
  }

  /**
   * @param aggregateId the aggregate that changed
   * @param subjectId the contact person the event concerns, or null when there is none
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public EventEnvelope publish(UUID aggregateId, UUID subjectId, DomainEvent event) {
    EventEnvelope envelope = EventEnvelope.of(aggregateId, subjectId, event);
    // the tree is checked and then written: one serialisation, no parse of what was just written
    JsonNode tree = mapper.valueToTree(envelope);
    List<String> violations = contract.violations(tree);
    if (!violations.isEmpty()) {
      throw new InvalidEventException(envelope.eventType(), violations);
    }
    String payload;
    try {
      payload = mapper.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("event " + envelope.eventType() + " not serialisable", e);
    }
    repository.insert(new OutboxEvent(envelope, payload));
    written.fire(new OutboxWritten());
    return envelope;
  }

  /** Fired inside the transaction; the relay reacts after a successful commit. */
  public record OutboxWritten() {}

  /** An event that breaks contracts/register-event.schema.json: a bug in the register. */
  public static final class InvalidEventException extends IllegalStateException {
    InvalidEventException(String eventType, List<String> violations) {
      super("event " + eventType + " breaks the event contract at " + violations);
    }
  }
}
