package fi.rekisteri.rights.request;

import fi.rekisteri.platform.security.Roles;
import fi.rekisteri.rights.audit.AuditedRead;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The letters to the subject of a request (roles dpo, admin), part of the requests' API. */
@Path("/api/v1/requests/{id}/letters")
@RolesAllowed({Roles.DPO, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Requests")
public class RequestLetterResource {

  private final RequestService requests;

  public RequestLetterResource(RequestService requests) {
    this.requests = requests;
  }

  @AuditedRead("letters")
  @GET
  @Operation(
      operationId = "listLetters",
      summary = "The letters to the subject: completion, extension notice, refusal, ...")
  public List<LetterView> letters(@PathParam("id") UUID id) {
    return requests.letters(id);
  }

  @AuditedRead("letter")
  @GET
  @Path("{letterId}")
  @Produces({MediaType.APPLICATION_JSON, LetterPdf.MEDIA_TYPE})
  @Operation(
      operationId = "getLetter",
      summary =
          "One letter: JSON, or the letter as sent laid out as PDF when Accept asks for"
              + " application/pdf")
  @APIResponse(
      responseCode = "200",
      description = "The letter as JSON, or as PDF when Accept asks for application/pdf",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LetterView.class)),
        @Content(
            mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 10485760))
      })
  public Response letter(
      @PathParam("id") UUID id,
      @PathParam("letterId") UUID letterId,
      @HeaderParam(HttpHeaders.ACCEPT) String accept) {
    LetterView letter = requests.letter(id, letterId);
    if (!LetterPdf.wanted(accept)) {
      return Response.ok(letter).type(MediaType.APPLICATION_JSON).build();
    }
    return Response.ok(
            LetterPdf.render(letter.language().code(), letter.title(), letter.body()),
            LetterPdf.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"letter-" + letterId + ".pdf\"")
        .build();
  }
}
