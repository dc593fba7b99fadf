package fi.rekisteri.rights.selfservice;

import fi.rekisteri.platform.security.Roles;
import fi.rekisteri.rights.audit.AuditedRead;
import fi.rekisteri.rights.common.Actors;
import fi.rekisteri.rights.common.ApiComponents;
import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.letter.LetterPdf;
import fi.rekisteri.rights.request.Actions;
import fi.rekisteri.rights.request.LetterView;
import fi.rekisteri.rights.request.MarketingObjections;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The data subject's self-service channel (role data-subject): requests are theirs when the subject
 * email equals the verified email of their login; any other request is "not found".
 */
@Path("/api/v1/me/requests")
@RolesAllowed(Roles.DATA_SUBJECT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "My requests")
public class MyRequestResource {

  private final MyRequestService requests;
  private final MarketingObjections objections;
  private final Actors actors;

  public MyRequestResource(
      MyRequestService requests, MarketingObjections objections, Actors actors) {
    this.requests = requests;
    this.objections = objections;
    this.actors = actors;
  }

  @POST
  @Operation(
      operationId = "fileMyRequest",
      summary =
          "File a request as the logged-in data subject: channel WEB, received today, identity"
              + " verified by the login's verified email")
  @APIResponse(
      responseCode = "201",
      description = "Filed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MyRequestView.class)),
      headers = {@Header(name = ApiComponents.LOCATION, ref = ApiComponents.LOCATION)})
  public Response file(@Valid @NotNull SelfServiceIntake intake, UriInfo uri) {
    MyRequestView created = requests.file(intake, actors.verifiedSubject(), Actors.DATA_SUBJECT);
    if (intake.type() == RequestType.OBJECTION) {
      // R19: an objection to direct marketing takes effect on receipt
      objections.received(created.id());
      created = requests.mine(created.id(), actors.verifiedEmail());
    }
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @AuditedRead(value = "my-requests", id = AuditedRead.IdKind.NONE)
  @GET
  @Operation(operationId = "listMyRequests", summary = "My requests, newest first")
  public List<MyRequestView> list() {
    return requests.mine(actors.verifiedEmail());
  }

  @AuditedRead("request")
  @GET
  @Path("{id}")
  @Operation(operationId = "getMyRequest", summary = "One of my requests; another person's is 404")
  public MyRequestView get(@PathParam("id") UUID id) {
    return requests.mine(id, actors.verifiedEmail());
  }

  @AuditedRead("letters")
  @GET
  @Path("{id}/letters")
  @Operation(operationId = "listMyLetters", summary = "The letters about one of my requests")
  public List<LetterView> letters(@PathParam("id") UUID id) {
    return requests.myLetters(id, actors.verifiedEmail());
  }

  @AuditedRead("letter")
  @GET
  @Path("{id}/letters/{letterId}")
  @Produces({MediaType.APPLICATION_JSON, LetterPdf.MEDIA_TYPE})
  @Operation(
      operationId = "getMyLetter",
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
    LetterView letter = requests.myLetter(id, letterId, actors.verifiedEmail());
    if (!LetterPdf.wanted(accept)) {
      return Response.ok(letter).type(MediaType.APPLICATION_JSON).build();
    }
    return Response.ok(
            LetterPdf.render(letter.language().code(), letter.title(), letter.body()),
            LetterPdf.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"letter-" + letterId + ".pdf\"")
        .build();
  }

  @POST
  @Path("{id}/withdraw")
  @Operation(operationId = "withdrawMyRequest", summary = "Withdraw one of my open requests")
  @Extension(name = ApiComponents.ANSWERS, value = "409")
  public MyRequestView withdraw(
      @PathParam("id") UUID id, @RequestBody(required = false) @Valid Actions.Withdrawal body) {
    return requests.withdrawMine(
        id, actors.verifiedEmail(), body == null ? null : body.reason(), Actors.DATA_SUBJECT);
  }
}
