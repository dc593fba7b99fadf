package fi.rekisteri.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem body; {@code errors} names each offending field. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(
    description =
        "An RFC 9457 problem (application/problem+json); errors, when present, names each"
            + " offending field",
    requiredProperties = {"type", "title", "status", "detail"})
public record Problem(
    @Schema(
            description =
                "about:blank, or a URI naming the kind of problem"
                    + " (https://rekisteri.example/problems/...)")
        String type,
    @Schema(description = "A short summary of the kind of problem") String title,
    @Schema(description = "The HTTP status code") int status,
    @Schema(description = "What went wrong; never personal data, input or class names")
        String detail,
    @Schema(description = "Not set by this service") String instance,
    @Schema(description = "The offending fields, absent when there are none")
        List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One offending field: its JSON path in the body (or the parameter's name) and why. */
  public record FieldError(
      @Schema(description = "The field's path in the body, or the parameter or header name")
          String field,
      @Schema(description = "Why the value was refused") String message) {}

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
