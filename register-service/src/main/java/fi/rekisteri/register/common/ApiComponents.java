package fi.rekisteri.register.common;

import fi.rekisteri.platform.openapi.SharedAnswers;
import fi.rekisteri.platform.problem.Problem;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The register's own answer (its Conflict), referenced by name ({@code ref = "Conflict"}); the
 * answers and headers both services share (their names in {@link SharedAnswers}) are added by the
 * platform's contract filter, {@link OpenApiContract} adds them all to the operations they apply
 * to. Their body is {@link Problem}, the one error shape of {@link
 * fi.rekisteri.platform.problem.ProblemMappers}. An {@link Application} only so that SmallRye reads
 * the definition; it registers nothing (Quarkus still finds every resource).
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
                  name = ApiComponents.CONFLICT,
                  description =
                      "The change conflicts with the resource's state: a concurrent change, data"
                          + " that depends on it, a restriction (type .../problems/restricted,"
                          + " .../problems/restriction-held) or a reused request id (type"
                          + " .../problems/idempotency-conflict)",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class)))
            }))
public class ApiComponents extends Application implements SharedAnswers {}
