package fi.rekisteri.rights.delivery;

import fi.rekisteri.platform.security.Roles;
import fi.rekisteri.rights.common.Actors;
import fi.rekisteri.rights.common.ApiComponents;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The DPO sends a letter, or a one-time identity code, by email (roles dpo, admin). */
@Path("/api/v1/requests/{id}")
@RolesAllowed({Roles.DPO, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Requests")
public class DeliveryResource {

  private final LetterSending letters;
  private final IdentityCodes codes;
  private final Actors actors;

  public DeliveryResource(LetterSending letters, IdentityCodes codes, Actors actors) {
    this.letters = letters;
    this.codes = codes;
    this.actors = actors;
  }

  @POST
  @Path("letters/{letterId}/send")
  @Operation(
      operationId = "sendLetter",
      summary =
          "Send the letter by email to the address the register holds (with no match, the"
              + " request's own): a link to the requester's page when she has a login, else the"
              + " letter as PDF once her identity is verified; the state is the letter's delivery")
  @APIResponse(responseCode = "202", description = "Queued; the sender job delivers it")
  @Extension(name = ApiComponents.ANSWERS, value = "409,422")
  public Response sendLetter(@PathParam("id") UUID id, @PathParam("letterId") UUID letterId) {
    letters.send(id, letterId, actors.staff());
    return Response.accepted().build();
  }

  @POST
  @Path("identity-code")
  @Operation(
      operationId = "sendIdentityCode",
      summary =
          "Send a six-digit one-time code to the email the register holds on the subject (GDPR"
              + " Art. 12(6)), valid 15 minutes; the requester enters it with POST"
              + " /api/v1/verifications. 422 naming email when the register holds none")
  @APIResponse(responseCode = "202", description = "Queued; the sender job delivers it")
  @APIResponse(
      responseCode = "429",
      description = "Too many codes for this request or to this address in the last hour",
      content =
          @Content(
              mediaType = fi.rekisteri.platform.problem.Problem.MEDIA_TYPE,
              schema = @Schema(implementation = fi.rekisteri.platform.problem.Problem.class)))
  @Extension(name = ApiComponents.ANSWERS, value = "409,422")
  public Response sendCode(@PathParam("id") UUID id) {
    codes.send(id, actors.staff());
    return Response.accepted().build();
  }
}
