package fi.rekisteri.rights.erasure;

import fi.rekisteri.platform.security.Roles;
import fi.rekisteri.rights.common.Actors;
import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.request.Actions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Art. 19 for the register's own erasures (roles dpo, admin): one task per recipient and processor
 * when the retention job erased a person whose period ended, or finished an erasure whose hold
 * ended; confirmed by the DPO like a request's tasks.
 */
@Path("/api/v1/erasures/notifications")
@RolesAllowed({Roles.DPO, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Erasure ledger")
public class RetentionNoticesResource {

  private final RetentionNotices notices;
  private final Actors actors;

  public RetentionNoticesResource(RetentionNotices notices, Actors actors) {
    this.notices = notices;
    this.actors = actors;
  }

  @GET
  @Operation(
      operationId = "listRetentionNotifications",
      summary =
          "Art. 19 tasks of erasures the register's retention job made without a request (a"
              + " period or a hold ended): open first, newest first, at most 500")
  public List<RetentionNotice.View> list(
      @Parameter(
              description = "OPEN or CONFIRMED; both when absent",
              schema = @Schema(implementation = RetentionNotice.Status.class))
          @QueryParam("status")
          String status) {
    return notices.list(status(status));
  }

  @POST
  @Path("{taskId}/confirm")
  @Operation(
      operationId = "confirmRetentionNotification",
      summary = "Confirm that the recipient was told; a repeat changes nothing")
  public RetentionNotice.View confirm(
      @PathParam("taskId") UUID taskId,
      @RequestBody(required = false) @Valid Actions.Confirmation body) {
    return notices.confirm(taskId, body == null ? null : body.note(), actors.staff());
  }

  private static RetentionNotice.Status status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return RetentionNotice.Status.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalidField("status", "must be OPEN or CONFIRMED");
    }
  }
}
