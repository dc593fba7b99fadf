package fi.rekisteri.rights.request;

import fi.rekisteri.platform.security.Roles;
import fi.rekisteri.rights.audit.AuditedRead;
import fi.rekisteri.rights.common.ApiComponents;
import fi.rekisteri.rights.common.Today;
import fi.rekisteri.rights.letter.LetterPdf;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The DPO's proof of an executed erasure (roles dpo, admin), part of the requests' API. */
@Path("/api/v1/requests/{id}/erasure-proof")
@RolesAllowed({Roles.DPO, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Requests")
public class ErasureProofResource {

  private final ErasureProofs proofs;
  private final Today today;

  public ErasureProofResource(ErasureProofs proofs, Today today) {
    this.proofs = proofs;
    this.today = today;
  }

  @AuditedRead("erasure-proof")
  @GET
  @Produces({MediaType.APPLICATION_JSON, LetterPdf.MEDIA_TYPE})
  @Operation(
      operationId = "getErasureProof",
      summary =
          "The proof of an ERASURE request: every place both services searched for the person's"
              + " identifiers, what they still find with the ground and end date, and what every"
              + " erasure keeps by design; a PDF in Finnish for the DPO when Accept asks for"
              + " application/pdf; 409 before the register confirmed the erasure, 404 for another"
              + " type")
  @APIResponse(
      responseCode = "200",
      description =
          "The proof as JSON, or as a PDF in Finnish when Accept asks for application/pdf",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ErasureProofView.class)),
        @Content(
            mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 10485760))
      })
  @Extension(name = ApiComponents.ANSWERS, value = "404,409")
  public Response erasureProof(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
    ErasureProofView proof = proofs.proof(id);
    if (!LetterPdf.wanted(accept)) {
      return Response.ok(proof).type(MediaType.APPLICATION_JSON).build();
    }
    return Response.ok(ErasureProofPdf.render(proof, today.inHelsinki()), LetterPdf.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"erasure-proof-" + id + ".pdf\"")
        .build();
  }
}
