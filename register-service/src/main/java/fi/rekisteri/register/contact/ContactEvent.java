package fi.rekisteri.register.contact;

import fi.rekisteri.register.outbox.DomainEvent;
import java.util.List;

/**
 * Events about one contact person, on topic {@code contact.events}, keyed by the person's id. Ids,
 * field names and codes only: never a value of the person's data.
 */
public sealed interface ContactEvent extends DomainEvent {

  @Override
  default String aggregateType() {
    return "contact";
  }

  /**
   * @param suppression {@link Suppressions} code when the person was suppressed before, else null
   */
  record ContactCreated(String suppression) implements ContactEvent {}

  record ContactUpdated(List<String> changedFields) implements ContactEvent {}

  record ContactDeleted() implements ContactEvent {}

  record ContactRectified(String requestId, List<String> changedFields) implements ContactEvent {}

  /**
   * @param erased categories of data erased or anonymised
   * @param kept categories of data kept on a ground of the law
   */
  record ContactErased(String requestId, List<String> erased, List<String> kept)
      implements ContactEvent {}

  record ContactRestricted(String requestId) implements ContactEvent {}

  /**
   * The request's cause of the restriction is lifted; {@code stillRestricted}: another request,
   * objection or erasure hold still restricts the contact.
   */
  record ContactRestrictionLifted(String requestId, boolean stillRestricted)
      implements ContactEvent {}

  record ContactObjectionRecorded(String requestId) implements ContactEvent {}

  record InteractionRecorded() implements ContactEvent {}

  /**
   * @param requestId the rights service's request, or null for an export without one
   */
  record SubjectDataExported(String requestId) implements ContactEvent {}
}
