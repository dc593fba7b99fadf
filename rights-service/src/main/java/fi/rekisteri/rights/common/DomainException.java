package fi.rekisteri.rights.common;

/**
 * A refusal the client can act on; the message is shown to the client and carries no personal data.
 */
public class DomainException extends RuntimeException {

  private final int status;
  private final String title;
  private final String field;

  public DomainException(int status, String title, String message, String field) {
    super(message, null, false, false);
    this.status = status;
    this.title = title;
    this.field = field;
  }

  public static DomainException notFound(String what) {
    return new DomainException(404, "Not found", what + " not found", null);
  }

  public static DomainException conflict(String message) {
    return new DomainException(409, "Conflict", message, null);
  }

  public static DomainException invalidField(String field, String message) {
    return new DomainException(400, "Invalid request", message, field);
  }

  public static DomainException staleVersion() {
    return new DomainException(
        412, "Precondition failed", "The resource was changed since you read it (If-Match).", null);
  }

  public static DomainException versionRequired() {
    return new DomainException(
        428, "Precondition required", "Send the ETag you read in an If-Match header.", null);
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String field() {
    return field;
  }
}
