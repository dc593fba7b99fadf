package fi.rekisteri.rights.request;

import java.util.UUID;

/**
 * The DPO's actions that call the register; implemented by the fulfilment package, which depends on
 * this one and not the other way round.
 */
public interface RequestFulfilment {

  /** Searches the register for the requester. */
  Execution match(UUID id, Long version, String actor);

  /** Carries the request out in the register. */
  Execution execute(UUID id, Long version, ExecuteRequest body, String actor);

  /**
   * Tells the subject first (Art. 18(3)) with the reasons and the day the restriction ends; the
   * register lifts it on that day, not before.
   */
  Execution liftRestriction(UUID id, Long version, String reasons, String actor);
}
