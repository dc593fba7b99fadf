package fi.rekisteri.rights.request;

import fi.rekisteri.platform.security.Roles;
import fi.rekisteri.rights.audit.AuditedRead;
import fi.rekisteri.rights.common.Actors;
import fi.rekisteri.rights.common.ApiComponents;
import fi.rekisteri.rights.common.Today;
import fi.rekisteri.rights.gdpr.RequestType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The DPO's API for data-subject requests (roles dpo, admin). Actions accept an optional If-Match
 * with the ETag read; a stale one is refused with 412. An illegal status change is a 409.
 */
@Path("/api/v1/requests")
@RolesAllowed({Roles.DPO, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Requests")
public class RequestResource {

  private static final String IF_MATCH = "If-Match";

  private final RequestService requests;
  private final RequestFulfilment fulfilment;
  private final MarketingObjections objections;
  private final Actors actors;
  private final IntakeIdentityCodes intakeCodes;
  private final Today today;

  public RequestResource(
      RequestService requests,
      RequestFulfilment fulfilment,
      MarketingObjections objections,
      Actors actors,
      IntakeIdentityCodes intakeCodes,
      Today today) {
    this.today = today;
    this.intakeCodes = intakeCodes;
    this.requests = requests;
    this.fulfilment = fulfilment;
    this.objections = objections;
    this.actors = actors;
  }

  @POST
  @Operation(
      operationId = "createRequest",
      summary =
          "Record a request received by letter, email, phone, visit or web form; answers the"
              + " legal dueDate and the internal targetDate (dpo, admin)")
  @APIResponse(
      responseCode = "201",
      description = "Recorded; the ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RequestView.class)),
      headers = {
        @Header(name = ApiComponents.ETAG, ref = ApiComponents.ETAG),
        @Header(name = ApiComponents.LOCATION, ref = ApiComponents.LOCATION)
      })
  public Response create(@Valid @NotNull RequestIntake intake, UriInfo uri) {
    RequestView created = requests.record(intake, actors.staff());
    if (created.type() == RequestType.OBJECTION) {
      // R19: an objection to direct marketing takes effect on receipt
      objections.received(created.id());
      created = requests.get(created.id());
    }
    if (intake.channel() == Channel.EMAIL || intake.channel() == Channel.LETTER) {
      // see docs/operations.md: a code to the register's email when the requester's email
      // identifies one
      intakeCodes.received(created.id());
      created = requests.get(created.id());
    }
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .tag(etag(created))
        .entity(created)
        .build();
  }

  @GET
  @Operation(
      operationId = "listRequests",
      summary =
          "List requests, most urgent first (by dueDate, then id), keyset-paginated; filters"
              + " status, type, dueBefore, overdue=true, blocked=true")
  public Page<RequestSummary> list(
      @Parameter(schema = @Schema(implementation = RequestStatus.class)) @QueryParam("status")
          String status,
      @Parameter(schema = @Schema(implementation = RequestType.class)) @QueryParam("type")
          String type,
      @Parameter(
              description = "YYYY-MM-DD: only requests due before this date",
              schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10))
          @QueryParam("dueBefore")
          String dueBefore,
      @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("overdue") String overdue,
      @Parameter(
              description = "true: only WAITING_FOR_REGISTER or ON_HOLD",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("blocked")
          String blocked,
      @QueryParam("cursor") @Size(max = 200) String cursor,
      @Parameter(description = "1..200, default 50") @QueryParam("limit") String limit) {
    RequestFilter filter =
        new RequestFilter(
            Params.enumValue("status", status, RequestStatus.class),
            Params.enumValue("type", type, RequestType.class),
            Params.date("dueBefore", dueBefore),
            Params.flag("overdue", overdue),
            Params.flag("blocked", blocked),
            today.inHelsinki());
    return requests.list(filter, cursor, Params.integer("limit", limit));
  }

  @GET
  @Path("figures")
  @Operation(
      operationId = "getRequestFigures",
      summary =
          "Dashboard figures: open, dueWithin7Days, overdue, medianDaysToComplete,"
              + " shareCompletedWithinDeadline")
  public Figures figures() {
    return requests.figures();
  }

  @AuditedRead("request")
  @GET
  @Path("{id}")
  @Operation(
      operationId = "getRequest",
      summary = "One request with its timeline (who, when, what, why); the ETag is its version")
  @Parameter(
      name = "Accept-Language",
      in = ParameterIn.HEADER,
      description =
          "fi or en: the language of the timeline's reason and detail (English when neither)",
      schema = @Schema(type = SchemaType.STRING, maxLength = 200))
  @APIResponse(
      responseCode = "200",
      description = "The request; the ETag is its version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RequestView.class)),
      headers = {@Header(name = ApiComponents.ETAG, ref = ApiComponents.ETAG)})
  public Response get(@PathParam("id") UUID id) {
    RequestView view = requests.get(id);
    return Response.ok(view).tag(etag(view)).build();
  }

  @POST
  @Path("{id}/identity")
  @Operation(
      operationId = "verifyIdentity",
      summary =
          "Record how the requester's identity was verified (REGISTER_MATCH, TOKEN_EMAIL,"
              + " DPO_CHECK; ONE_TIME_CODE only by the requester's entry of the code, 422);"
              + " no ID document is ever stored")
  @APIResponse(responseCode = "200", ref = ApiComponents.REQUEST_CHANGED)
  @Extension(name = ApiComponents.ANSWERS, value = "422")
  public Response identity(
      @PathParam("id") UUID id,
      @HeaderParam(IF_MATCH) String ifMatch,
      @Valid @NotNull Actions.IdentityVerification body) {
    return ok(requests.verifyIdentity(id, Params.ifMatch(ifMatch), body, actors.staff()));
  }

  @POST
  @Path("{id}/await-identity")
  @Operation(
      operationId = "awaitIdentity",
      summary = "The DPO asked the requester for what identifies them: AWAITING_IDENTITY")
  @APIResponse(responseCode = "200", ref = ApiComponents.REQUEST_CHANGED)
  public Response awaitIdentity(
      @PathParam("id") UUID id,
      @HeaderParam(IF_MATCH) String ifMatch,
      @RequestBody(required = false) @Valid Actions.IdentityRequest body) {
    return ok(
        requests.awaitIdentity(
            id, Params.ifMatch(ifMatch), body == null ? null : body.note(), actors.staff()));
  }

  @POST
  @Path("{id}/match")
  @Operation(
      operationId = "matchSubject",
      summary =
          "Search the register for the requester: one match is selected, several are listed for"
              + " the DPO; 202 while the register is unavailable")
  @APIResponse(responseCode = "200", ref = ApiComponents.REQUEST_DONE)
  @APIResponse(responseCode = "202", ref = ApiComponents.REQUEST_WAITING)
  public Response match(@PathParam("id") UUID id, @HeaderParam(IF_MATCH) String ifMatch) {
    return respond(fulfilment.match(id, Params.ifMatch(ifMatch), actors.staff()));
  }

  @POST
  @Path("{id}/subject")
  @Operation(
      operationId = "chooseSubject",
      summary =
          "Choose the register subject: one the match offered, or another with a written reason"
              + " (422 naming reason without one); a self-service request only the contact of the"
              + " login's verified email (422 naming subjectId)")
  @APIResponse(responseCode = "200", ref = ApiComponents.REQUEST_CHANGED)
  @Extension(name = ApiComponents.ANSWERS, value = "422")
  public Response subject(
      @PathParam("id") UUID id,
      @HeaderParam(IF_MATCH) String ifMatch,
      @Valid @NotNull Actions.SubjectChoice body) {
    return ok(
        requests.chooseSubject(
            id, Params.ifMatch(ifMatch), body.subjectId(), body.reason(), actors.staff()));
  }

  @POST
  @Path("{id}/extension")
  @Operation(
      operationId = "extendDeadline",
      summary =
          "Extend the deadline to receipt + 3 months (rolled to a working day): once, within the"
              + " first month, with reasons told to the subject; otherwise 409")
  @APIResponse(responseCode = "200", ref = ApiComponents.REQUEST_CHANGED)
  public Response extension(
      @PathParam("id") UUID id,
      @HeaderParam(IF_MATCH) String ifMatch,
      @Valid @NotNull Actions.Extension body) {
    return ok(
        requests.extend(
            id, Params.ifMatch(ifMatch), body == null ? null : body.reason(), actors.staff()));
  }

  @POST
  @Path("{id}/execute")
  @Operation(
      operationId = "executeRequest",
      summary =
          "Carry the request out in the register (export, rectify with changes, erase,"
              + " restrict, record objection); 200 when completed, 202 while waiting for the"
              + " register or for its confirming event")
  @APIResponse(responseCode = "200", ref = ApiComponents.REQUEST_DONE)
  @APIResponse(responseCode = "202", ref = ApiComponents.REQUEST_WAITING)
  public Response execute(
      @PathParam("id") UUID id,
      @HeaderParam(IF_MATCH) String ifMatch,
      // only a rectification carries changes; every other type is executed without a body
      @RequestBody(required = false) @Valid ExecuteRequest body) {
    return respond(fulfilment.execute(id, Params.ifMatch(ifMatch), body, actors.staff()));
  }

  @POST
  @Path("{id}/lift-restriction")
  @Operation(
      operationId = "liftRestriction",
      summary =
          "Lift the restriction of an executed RESTRICTION request, or of an objection on"
              + " grounds of a particular situation once weighed: the notice to the subject (Art."
              + " 18(3)) is recorded first with the reasons, the day the restriction ends"
              + " (rekisteri.restriction.lift-notice-days after today, 14 by default) and the"
              + " remedies (for an objection: the letter rejecting it, Art. 21(1)); the register"
              + " records that day with the request's cause and lifts that cause, and only it, on"
              + " that day, not before (400 without reasons)")
  @APIResponse(responseCode = "200", ref = ApiComponents.REQUEST_DONE)
  @APIResponse(responseCode = "202", ref = ApiComponents.REQUEST_WAITING)
  public Response liftRestriction(
      @PathParam("id") UUID id,
      @HeaderParam(IF_MATCH) String ifMatch,
      @Valid @NotNull Actions.LiftRestriction body) {
    return respond(
        fulfilment.liftRestriction(id, Params.ifMatch(ifMatch), body.reasons(), actors.staff()));
  }

  @POST
  @Path("{id}/refuse")
  @Operation(
      operationId = "refuseRequest",
      summary =
          "Refuse the request; the letter gives the reasons and the right to complain to the"
              + " Tietosuojavaltuutettu")
  @APIResponse(responseCode = "200", ref = ApiComponents.REQUEST_CHANGED)
  public Response refuse(
      @PathParam("id") UUID id,
      @HeaderParam(IF_MATCH) String ifMatch,
      @Valid @NotNull Actions.Refusal body) {
    return ok(
        requests.refuse(
            id, Params.ifMatch(ifMatch), body.reasons(), body.ground(), actors.staff()));
  }

  @POST
  @Path("{id}/complete")
  @Operation(
      operationId = "completeRequest",
      summary =
          "Complete the request by hand, e.g. with a 'no data held' answer when no register"
              + " subject matches")
  @APIResponse(responseCode = "200", ref = ApiComponents.REQUEST_CHANGED)
  public Response complete(
      @PathParam("id") UUID id,
      @HeaderParam(IF_MATCH) String ifMatch,
      @RequestBody(required = false) @Valid Actions.Completion body) {
    return ok(
        requests.complete(
            id, Params.ifMatch(ifMatch), body == null ? null : body.note(), actors.staff()));
  }

  @POST
  @Path("{id}/withdraw")
  @Operation(
      operationId = "withdrawRequest",
      summary = "Record that the requester withdrew the request")
  @APIResponse(responseCode = "200", ref = ApiComponents.REQUEST_CHANGED)
  public Response withdraw(
      @PathParam("id") UUID id,
      @HeaderParam(IF_MATCH) String ifMatch,
      @RequestBody(required = false) @Valid Actions.Withdrawal body) {
    return ok(
        requests.withdraw(
            id, Params.ifMatch(ifMatch), body == null ? null : body.reason(), actors.staff()));
  }

  @POST
  @Path("{id}/hold")
  @Operation(operationId = "holdRequest", summary = "Put the request on hold, with the reason")
  @APIResponse(responseCode = "200", ref = ApiComponents.REQUEST_CHANGED)
  public Response hold(
      @PathParam("id") UUID id,
      @HeaderParam(IF_MATCH) String ifMatch,
      @Valid @NotNull Actions.Hold body) {
    return ok(requests.hold(id, Params.ifMatch(ifMatch), body.reason(), actors.staff()));
  }

  @POST
  @Path("{id}/resume")
  @Operation(
      operationId = "resumeRequest",
      summary = "Resume a request ON_HOLD in the status it had before")
  @APIResponse(responseCode = "200", ref = ApiComponents.REQUEST_CHANGED)
  public Response resume(@PathParam("id") UUID id, @HeaderParam(IF_MATCH) String ifMatch) {
    return ok(requests.resume(id, Params.ifMatch(ifMatch), actors.staff()));
  }

  private static Response ok(RequestView view) {
    return Response.ok(view).tag(etag(view)).build();
  }

  private static Response respond(Execution execution) {
    return Response.status(execution.accepted() ? 202 : 200)
        .tag(etag(execution.request()))
        .entity(execution.request())
        .build();
  }

  private static EntityTag etag(RequestView view) {
    return new EntityTag(Long.toString(view.version()));
  }
}
