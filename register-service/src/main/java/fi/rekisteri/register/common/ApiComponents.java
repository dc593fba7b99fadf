package fi.rekisteri.register.common;

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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The answers every operation shares, referenced by name ({@code ref = "Conflict"}); {@link
 * OpenApiContract} adds them to the operations they apply to. Their body is {@link Problem}, the
 * one error shape of {@link fi.rekisteri.platform.problem.ProblemMappers}. An {@link Application}
 * only so that SmallRye reads the definition; it registers nothing (Quarkus still finds every
 * resource).
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Rekisteri register-service API",
            version = "1.0.0",
            contact = @Contact(name = "Rekisteri maintainers", url = "https://rekisteri.example/")),
    components =
        @Components(
            responses = {
              @APIResponse(
                  name = ApiComponents.BAD_REQUEST,
                  description =
                      "The body, a parameter or a header is invalid; errors name each offending"
                          + " field",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "validation",
                                  value =
                                      """
                                      {"type": "https://rekisteri.example/problems/validation",
                                       "title": "Invalid request", "status": 400,
                                       "detail": "One or more fields are invalid.",
                                       "errors": [{"field": "email",
                                                   "message": "must be a well-formed email address"}]}
                                      """))),
              @APIResponse(
                  name = ApiComponents.UNAUTHORIZED,
                  description = "No bearer token, or one that is invalid or expired",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = ApiComponents.FORBIDDEN,
                  description = "The token's roles do not allow this operation",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = ApiComponents.NOT_FOUND,
                  description = "No such resource",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = ApiComponents.CONFLICT,
                  description =
                      "The change conflicts with the resource's state: a concurrent change, data"
                          + " that depends on it, a restriction (type .../problems/restricted,"
                          + " .../problems/restriction-held) or a reused request id (type"
                          + " .../problems/idempotency-conflict)",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = ApiComponents.PRECONDITION_FAILED,
                  description =
                      "If-Match does not name the current version: read the resource again",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = ApiComponents.PAYLOAD_TOO_LARGE,
                  description = "The request body is larger than 1 MiB",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = ApiComponents.PRECONDITION_REQUIRED,
                  description = "If-Match is missing: send the ETag you read",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = ApiComponents.SERVER_ERROR,
                  description =
                      "The request could not be completed; nothing about the cause is shown",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class)))
            },
            headers = {
              @Header(
                  name = ApiComponents.ETAG,
                  description =
                      "The resource's version; send it back in If-Match to change the resource",
                  schema = @Schema(type = SchemaType.STRING, maxLength = 40)),
              @Header(
                  name = ApiComponents.LOCATION,
                  description = "Where the created resource is read",
                  schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 2000))
            }))
public class ApiComponents extends Application implements SharedAnswers {}
