package fi.rekisteri.register.outbox;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One event of an aggregate. Each aggregate's events are a sealed interface of records ({@code
 * ContactEvent}, {@code OrderEvent}, ...): a record's components are the event's body, its simple
 * name is the event type and its sealed interface fixes the aggregate type. Bodies carry ids, field
 * names and codes only, never personal data. Absent (null) body fields are left out of the JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public interface DomainEvent {

  /** The aggregate the event belongs to; its events go to topic {@code <aggregateType>.events}. */
  @JsonIgnore
  String aggregateType();

  /** The event type on the wire: the record's simple name, e.g. {@code ContactCreated}. */
  @JsonIgnore
  default String eventType() {
    return getClass().getSimpleName();
  }
}
