package fi.rekisteri.register.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem body; {@code errors} names each offending field. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** The contact is restricted (GDPR Art. 18): stored, not used. */
  public static final String RESTRICTED = "https://rekisteri.example/problems/restricted";

  /** The restriction lasts while an erasure hold does; it is not lifted on request. */
  public static final String RESTRICTION_HELD =
      "https://rekisteri.example/problems/restriction-held";

  /** A request id of the rights service replayed for another subject or another command body. */
  public static final String IDEMPOTENCY_CONFLICT =
      "https://rekisteri.example/problems/idempotency-conflict";

  public record FieldError(String field, String message) {}

  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail, null, List.of());
  }

  public static Problem invalid(List<FieldError> errors) {
    return new Problem(
        "https://rekisteri.example/problems/validation",
        "Invalid request",
        400,
        "One or more fields are invalid.",
        null,
        errors);
  }
}
