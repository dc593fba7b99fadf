package fi.rekisteri.rights.common;

import fi.rekisteri.platform.openapi.SharedAnswers;
import fi.rekisteri.platform.problem.Problem;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The rights service's own answers, referenced by name ({@code ref = "Conflict"}); the answers and
 * headers both services share (their names in {@link SharedAnswers}) are added by the platform's
 * contract filter, {@link OpenApiContract} adds them all to the operations they apply to. The
 * request actions' answers (RequestChanged, RequestDone, RequestWaiting) are named here once and
 * referenced by each action; they name the request's schema by reference, so that common depends on
 * no feature package. Their body is {@link Problem}, the one error shape of {@link
 * fi.rekisteri.platform.problem.ProblemMappers}. An {@link Application} only so that SmallRye reads
 * the definition; it registers nothing (Quarkus still finds every resource).
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Rekisteri rights-service API",
            version = "1.0.0",
            contact = @Contact(name = "Rekisteri maintainers", url = "https://rekisteri.example/")),
    components =
        @Components(
            responses = {
              @APIResponse(
                  name = ApiComponents.CONFLICT,
                  description =
                      "The action conflicts with the request's state (one its status does not"
                          + " allow, a second extension) or with a concurrent change",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = ApiComponents.UNPROCESSABLE,
                  description =
                      "Well-formed but not allowed here (a contact the request may not be attached"
                          + " to, a missing written reason); errors name the field",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = ApiComponents.TOO_MANY_REQUESTS,
                  description =
                      "More self-service calls than rekisteri.self-service.requests-per-minute"
                          + " (60 by default) in a minute by the same person",
                  headers =
                      @Header(name = ApiComponents.RETRY_AFTER, ref = ApiComponents.RETRY_AFTER),
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = ApiComponents.REQUEST_CHANGED,
                  description = "The request after the action; the ETag is its new version",
                  content =
                      @Content(
                          mediaType = ApiComponents.JSON,
                          schema = @Schema(ref = "RequestView")),
                  headers = @Header(name = ApiComponents.ETAG, ref = ApiComponents.ETAG)),
              @APIResponse(
                  name = ApiComponents.REQUEST_DONE,
                  description = "Done; the request, the ETag is its new version",
                  content =
                      @Content(
                          mediaType = ApiComponents.JSON,
                          schema = @Schema(ref = "RequestView")),
                  headers = @Header(name = ApiComponents.ETAG, ref = ApiComponents.ETAG)),
              @APIResponse(
                  name = ApiComponents.REQUEST_WAITING,
                  description =
                      "Accepted: waiting for the register or its confirming event; the request,"
                          + " the ETag is its new version",
                  content =
                      @Content(
                          mediaType = ApiComponents.JSON,
                          schema = @Schema(ref = "RequestView")),
                  headers = @Header(name = ApiComponents.ETAG, ref = ApiComponents.ETAG))
            },
            headers = {
              @Header(
                  name = ApiComponents.RETRY_AFTER,
                  description = "Seconds until the person's one-minute window ends",
                  schema =
                      @Schema(
                          type = SchemaType.INTEGER,
                          format = "int32",
                          minimum = "1",
                          maximum = "60")),
            }))
public class ApiComponents extends Application implements SharedAnswers {
  public static final String UNPROCESSABLE = "UnprocessableContent";
  public static final String TOO_MANY_REQUESTS = "TooManyRequests";

  /** A data-subject request's answer after an action on it (RequestResource). */
  public static final String REQUEST_CHANGED = "RequestChanged";

  /** An action carried out at once; {@link #REQUEST_WAITING} while it waits for the register. */
  public static final String REQUEST_DONE = "RequestDone";

  public static final String REQUEST_WAITING = "RequestWaiting";

  static final String JSON = "application/json";

  public static final String RETRY_AFTER = "Retry-After";
}
