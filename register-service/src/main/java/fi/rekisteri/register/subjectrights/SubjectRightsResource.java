package fi.rekisteri.register.subjectrights;

import fi.rekisteri.register.common.ApiComponents;
import fi.rekisteri.register.common.InternalCaller;
import fi.rekisteri.register.mention.MentionRecords.Mention;
import fi.rekisteri.register.mention.MentionRecords.Mentions;
import fi.rekisteri.register.mention.MentionRecords.RedactRequest;
import fi.rekisteri.register.mention.MentionService;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.EraseRequest;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.ErasureResult;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.LiftRequest;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.ObjectionRequest;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.ObjectionResult;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.RectifyRequest;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.RectifyResult;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.RestrictRequest;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.RestrictionResult;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.ScheduleLiftRequest;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.SearchRequest;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.SearchResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The rights service's commands, for its machine account only ({@link InternalCaller}), idempotent
 * by request id.
 */
@Path("/api/v1/internal/subjects")
@InternalCaller
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Internal: data-subject rights")
public class SubjectRightsResource {

  private final SubjectSearch search;
  private final SubjectExporter exporter;
  private final SubjectRightsService rights;
  private final MentionService mentions;

  public SubjectRightsResource(
      SubjectSearch search,
      SubjectExporter exporter,
      SubjectRightsService rights,
      MentionService mentions) {
    this.mentions = mentions;
    this.search = search;
    this.exporter = exporter;
    this.rights = rights;
  }

  @POST
  @Path("search")
  @Operation(
      operationId = "internalSearchSubjects",
      summary = "Find subjects by email, phone, name and organisation (rights-processor)")
  public SearchResult search(@Valid @NotNull SearchRequest request) {
    return new SearchResult(search.search(request));
  }

  @GET
  @Path("{id}/export")
  @Operation(
      operationId = "internalExportSubject",
      summary = "Everything held on one subject (rights-processor)")
  public SubjectExport export(
      @PathParam("id") UUID id,
      @QueryParam("requestId") @Pattern(regexp = "[A-Za-z0-9._:-]{1,100}") @Size(max = 100)
          String requestId) {
    return exporter.export(id, requestId);
  }

  @POST
  @Path("{id}/rectify")
  @Operation(
      operationId = "internalRectifySubject",
      summary = "Rectify allow-listed contact fields (rights-processor)")
  @Extension(name = ApiComponents.ANSWERS, value = "409")
  public RectifyResult rectify(@PathParam("id") UUID id, @Valid @NotNull RectifyRequest request) {
    return rights.rectify(id, request);
  }

  @POST
  @Path("{id}/erase")
  @Operation(
      operationId = "internalEraseSubject",
      summary =
          "Erase or anonymise, honouring holds; says what was kept, why and until when"
              + " (rights-processor)")
  @Extension(name = ApiComponents.ANSWERS, value = "409")
  public ErasureResult erase(@PathParam("id") UUID id, @Valid @NotNull EraseRequest request) {
    return rights.erase(id, request.requestId());
  }

  @POST
  @Path("{id}/restrict")
  @Operation(
      operationId = "internalRestrictSubject",
      summary = "Restrict processing (Art. 18) (rights-processor)")
  @Extension(name = ApiComponents.ANSWERS, value = "409")
  public RestrictionResult restrict(
      @PathParam("id") UUID id, @Valid @NotNull RestrictRequest request) {
    return rights.restrict(id, request.requestId(), request.reason(), request.restrictionCause());
  }

  @POST
  @Path("{id}/lift-restriction")
  @Operation(
      operationId = "internalLiftRestriction",
      summary =
          "Lift the cause of restriction this request or objection holds, and only that one: the"
              + " subject stays restricted (restricted: true) while another request, objection or"
              + " erasure hold restricts it; refused with 409 when an erasure hold keeps it and"
              + " the request holds no cause of its own (rights-processor)")
  @Extension(name = ApiComponents.ANSWERS, value = "409")
  public RestrictionResult lift(@PathParam("id") UUID id, @Valid @NotNull LiftRequest request) {
    return rights.liftRestriction(id, request.requestId());
  }

  @POST
  @Path("{id}/schedule-lift")
  @Operation(
      operationId = "internalScheduleRestrictionLift",
      summary =
          "Record the day the Art. 18(3) notice told the person that this request's cause of"
              + " restriction ends (restriction.causes[].endsOn); nothing is lifted before"
              + " lift-restriction, and a request that holds no such cause changes nothing"
              + " (rights-processor)")
  public RestrictionResult scheduleLift(
      @PathParam("id") UUID id, @Valid @NotNull ScheduleLiftRequest request) {
    return rights.scheduleLift(id, request);
  }

  @POST
  @Path("{id}/objection")
  @Operation(
      operationId = "internalRecordObjection",
      summary = "Record an objection (Art. 21) (rights-processor)")
  @Extension(name = ApiComponents.ANSWERS, value = "409")
  public ObjectionResult object(
      @PathParam("id") UUID id, @Valid @NotNull ObjectionRequest request) {
    return rights.object(id, request);
  }

  @GET
  @Path("{id}/mentions")
  @Operation(
      operationId = "internalListMentions",
      summary =
          "Where the subject is mentioned in other records' free text (contact notes and"
              + " worksite, interaction and order summaries, order worksite), by email, phone or"
              + " full name, and what has become of each mention (rights-processor)")
  public Mentions mentions(@PathParam("id") UUID id) {
    return new Mentions(id, mentions.list(id));
  }

  @POST
  @Path("{id}/mentions/{mentionId}/redact")
  @Operation(
      operationId = "internalRedactMention",
      summary =
          "Replace one mention with [poistettu]: the DPO's confirmation of a mention found by"
              + " name alone; 404 when the text has changed since the list was read, 409 when the"
              + " record is under an erasure hold (rights-processor)")
  @Extension(name = ApiComponents.ANSWERS, value = "409")
  public Mention redactMention(
      @PathParam("id") UUID id,
      @PathParam("mentionId") UUID mentionId,
      @Valid @NotNull RedactRequest request) {
    return mentions.redact(id, mentionId, request.requestId());
  }
}
