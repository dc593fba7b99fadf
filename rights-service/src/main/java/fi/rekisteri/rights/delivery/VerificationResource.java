package fi.rekisteri.rights.delivery;

import fi.rekisteri.platform.problem.Problem;
import fi.rekisteri.rights.common.ApiComponents;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The requester enters the one-time code she received: the one call of this service that needs no
 * login (the code is the proof), limited to five wrong tries per request. It sets no cookie and
 * reads none, so a forged cross-site call can only enter a code the forger knows.
 */
@Path("/api/v1/verifications")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Verification")
public class VerificationResource {

  /** The code as entered: the request's id and the six digits. */
  public record CodeEntry(
      @NotNull UUID requestId,
      @NotNull @Size(min = 6, max = 6) @Pattern(regexp = "\\d{6}") String code) {}

  /** The answer to a matching code. */
  public record Verified(UUID requestId, boolean verified) {}

  private final IdentityCodes codes;

  public VerificationResource(IdentityCodes codes) {
    this.codes = codes;
  }

  @POST
  @SecurityRequirements
  @Operation(
      operationId = "verifyCode",
      summary =
          "Enter a one-time code (no login): 200 and the request's identity verified"
              + " (ONE_TIME_CODE) when it matches, 422 when it does not or has expired, 429 after"
              + " five wrong tries; an unknown request answers as a known one")
  @APIResponse(
      responseCode = "200",
      description = "The code matched",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Verified.class)))
  @APIResponse(
      responseCode = "429",
      description = "Five wrong codes were entered for the request",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class)))
  @Extension(name = ApiComponents.ANSWERS, value = "422")
  public Verified verify(@Valid @NotNull CodeEntry entry) {
    codes.verify(entry.requestId(), entry.code());
    return new Verified(entry.requestId(), true);
  }
}
