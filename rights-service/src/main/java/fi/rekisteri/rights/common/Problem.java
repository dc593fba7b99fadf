package fi.rekisteri.rights.common;

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
