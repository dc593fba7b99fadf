package fi.rekisteri.rights.subject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a register event means to this service: one record per event type it acts on (named as the
 * event type, its components the event's body), and {@link Ignored} for every other type. Each type
 * says what it does to the subject, so adding one means deciding that, or the build fails.
 */
public sealed interface SubjectChange {

  /** Applies the change to what this service knows of the subject. */
  void applyTo(KnownSubject subject, Instant occurredAt);

  record ContactRestricted(String requestId) implements SubjectChange {
    @Override
    public void applyTo(KnownSubject subject, Instant occurredAt) {
      subject.restrict();
    }
  }

  /**
   * One request's cause of restriction lifted; {@code stillRestricted}: another request, objection
   * or erasure hold still restricts the subject (absent in events from before causes were a set).
   */
  record ContactRestrictionLifted(String requestId, Boolean stillRestricted)
      implements SubjectChange {
    @Override
    public void applyTo(KnownSubject subject, Instant occurredAt) {
      if (!Boolean.TRUE.equals(stillRestricted)) {
        subject.liftRestriction();
      }
    }
  }

  record ContactObjectionRecorded(String requestId) implements SubjectChange {
    @Override
    public void applyTo(KnownSubject subject, Instant occurredAt) {
      subject.recordObjection();
    }
  }

  record ContactErased(String requestId, List<String> erased, List<String> kept)
      implements SubjectChange {
    @Override
    public void applyTo(KnownSubject subject, Instant occurredAt) {
      subject.erased(occurredAt);
    }
  }

  record ContactDeleted() implements SubjectChange {
    @Override
    public void applyTo(KnownSubject subject, Instant occurredAt) {
      subject.erased(occurredAt);
    }
  }

  /** An event type this service keeps as proof only; it changes no state. */
  record Ignored(String eventType) implements SubjectChange {
    @Override
    public void applyTo(KnownSubject subject, Instant occurredAt) {
      // only the last event type and time move, as for every event
    }
  }

  /** The record classes of the event types acted on, by event type. */
  Map<String, Class<?>> ACTED_ON =
      Arrays.stream(SubjectChange.class.getPermittedSubclasses())
          .filter(type -> type != Ignored.class)
          .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

  /** The typed change of a contract-valid envelope. */
  static SubjectChange of(RegisterEvent event, ObjectMapper mapper) throws JsonProcessingException {
    Class<?> type = ACTED_ON.get(event.eventType());
    if (type == null) {
      return new Ignored(event.eventType());
    }
    return (SubjectChange) mapper.treeToValue(event.body(), type);
  }
}
