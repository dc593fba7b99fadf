package fi.rekisteri.rights.common;

import fi.rekisteri.platform.problem.Refusal;

/**
 * A refusal the client can act on ({@link Refusal}); the message is shown to the client and carries
 * no personal data.
 */
public class DomainException extends Refusal {

  public DomainException(int status, String title, String message, String field) {
    super(status, title, message, field, null);
  }

  public static DomainException notFound(String what) {
    return new DomainException(404, NOT_FOUND_TITLE, what + " not found", null);
  }

  public static DomainException conflict(String message) {
    return new DomainException(409, CONFLICT_TITLE, message, null);
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
