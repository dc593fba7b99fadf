package fi.rekisteri.register.common;

import fi.rekisteri.platform.problem.Refusal;

/**
 * A refusal the client can act on ({@link Refusal}); the message is shown to the client and carries
 * no personal data. The register's refusals, among them the three 409s with a problem type of their
 * own.
 */
public class DomainException extends Refusal {

  /** The contact is restricted (GDPR Art. 18): stored, not used. */
  public static final String RESTRICTED = "https://rekisteri.example/problems/restricted";

  /** The restriction lasts while an erasure hold does; it is not lifted on request. */
  public static final String RESTRICTION_HELD =
      "https://rekisteri.example/problems/restriction-held";

  /** A request id of the rights service replayed for another subject or another command body. */
  public static final String IDEMPOTENCY_CONFLICT =
      "https://rekisteri.example/problems/idempotency-conflict";

  public DomainException(int status, String title, String message, String field) {
    this(status, title, message, field, null);
  }

  private DomainException(int status, String title, String message, String field, String type) {
    super(status, title, message, field, type);
  }

  public static DomainException notFound(String what) {
    return new DomainException(404, NOT_FOUND_TITLE, what + " not found", null);
  }

  public static DomainException conflict(String message) {
    return new DomainException(409, CONFLICT_TITLE, message, null);
  }

  /**
   * The contact's processing is restricted (GDPR Art. 18): its data is stored, not used, until the
   * restriction is lifted.
   */
  public static DomainException restricted(String message) {
    return new DomainException(409, "Restricted", message, null, RESTRICTED);
  }

  /** A restriction that lasts as long as an erasure hold cannot be lifted on request. */
  public static DomainException restrictionHeld(String message) {
    return new DomainException(409, "Restriction held", message, null, RESTRICTION_HELD);
  }

  /**
   * An idempotency key (the rights service's request id) sent again with another subject or another
   * body; the message names neither.
   */
  public static DomainException idempotencyConflict(String message) {
    return new DomainException(409, "Idempotency conflict", message, null, IDEMPOTENCY_CONFLICT);
  }

  public static DomainException invalidField(String field, String message) {
    return new DomainException(400, INVALID_TITLE, message, field);
  }

  public static DomainException staleVersion() {
    return new DomainException(412, STALE_TITLE, STALE_MESSAGE, null);
  }

  public static DomainException versionRequired() {
    return new DomainException(428, VERSION_REQUIRED_TITLE, VERSION_REQUIRED_MESSAGE, null);
  }
}
