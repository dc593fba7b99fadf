package fi.rekisteri.platform.problem;

import java.util.List;

/**
 * A refusal the client can act on; the message is shown to the client and carries no personal data.
 * Each service's {@code DomainException} extends it with the factories of its own refusals; {@link
 * #problem} is the problem+json body it answers with. No stack trace is filled in: it is an answer,
 * not a failure.
 */
public abstract class Refusal extends RuntimeException {

  /** The problem type of a 400 without a type of its own. */
  public static final String VALIDATION = "https://rekisteri.example/problems/validation";

  public static final String NOT_FOUND_TITLE = "Not found";
  public static final String CONFLICT_TITLE = "Conflict";
  public static final String INVALID_TITLE = "Invalid request";
  public static final String STALE_TITLE = "Precondition failed";
  public static final String STALE_MESSAGE =
      "The resource was changed since you read it (If-Match).";
  public static final String VERSION_REQUIRED_TITLE = "Precondition required";
  public static final String VERSION_REQUIRED_MESSAGE =
      "Send the ETag you read in an If-Match header.";

  private final int status;
  private final String title;
  private final String field;
  private final String type;

  /**
   * @param field the request field the refusal names, or null
   * @param type the problem type URI, or null for the one that follows from the status
   */
  protected Refusal(int status, String title, String message, String field, String type) {
    super(message, null, false, false);
    this.status = status;
    this.title = title;
    this.field = field;
    this.type = type;
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

  /** The problem type URI, or null for the one that follows from the status. */
  public String type() {
    return type;
  }

  /**
   * The answer: its own type, else {@link #VALIDATION} for a 400 and {@code about:blank} for any
   * other status; the field, when named, as the one error.
   */
  public Problem problem() {
    List<Problem.FieldError> errors =
        field == null ? List.of() : List.of(new Problem.FieldError(field, getMessage()));
    String problemType = type != null ? type : status == 400 ? VALIDATION : "about:blank";
    return new Problem(problemType, title, status, getMessage(), null, errors);
  }
}
