package fi.rekisteri.rights.mention;

import fi.rekisteri.platform.security.Roles;
import fi.rekisteri.rights.audit.AuditedRead;
import fi.rekisteri.rights.common.Actors;
import fi.rekisteri.rights.common.ApiComponents;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The DPO's view of a request's subject's mentions in other records' free text (dpo, admin). */
@Path("/api/v1/requests/{id}/mentions")
@RolesAllowed({Roles.DPO, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Requests")
public class MentionResource {

  private final Mentions mentions;
  private final Actors actors;

  public MentionResource(Mentions mentions, Actors actors) {
    this.mentions = mentions;
    this.actors = actors;
  }

  @AuditedRead("mentions")
  @GET
  @Operation(
      operationId = "listMentions",
      summary =
          "Where the request's subject is mentioned in other records' free text (contact notes,"
              + " interactions, order summaries, worksite fields), by email, phone or full name;"
              + " mentions found by name alone await the DPO's confirmation; 409 before the"
              + " request has a subject in the register (dpo, admin)")
  @Extension(name = ApiComponents.ANSWERS, value = "404,409")
  public MentionView list(@PathParam("id") UUID id) {
    return mentions.list(id);
  }

  @POST
  @Path("{mentionId}/redact")
  @Operation(
      operationId = "redactMention",
      summary =
          "Confirm that a mention is the subject's and replace it with [poistettu] in the"
              + " register (audited, on the timeline); 404 when the text has changed since the"
              + " list was read, 409 when the record is under an erasure hold (dpo, admin)")
  @Extension(name = ApiComponents.ANSWERS, value = "404,409")
  public MentionView.Item redact(@PathParam("id") UUID id, @PathParam("mentionId") UUID mentionId) {
    return mentions.redact(id, mentionId, actors.staff());
  }
}
