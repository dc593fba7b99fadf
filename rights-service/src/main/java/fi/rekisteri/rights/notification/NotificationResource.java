package fi.rekisteri.rights.notification;

import fi.rekisteri.platform.security.Roles;
import fi.rekisteri.rights.audit.AuditedRead;
import fi.rekisteri.rights.common.Actors;
import fi.rekisteri.rights.request.Actions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The recipient notifications of a request (roles dpo, admin), beside the DPO's request API. */
@Path("/api/v1/requests/{id}/notifications")
@RolesAllowed({Roles.DPO, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Requests")
public class NotificationResource {

  private final NotificationService notifications;
  private final Actors actors;

  public NotificationResource(NotificationService notifications, Actors actors) {
    this.notifications = notifications;
    this.actors = actors;
  }

  @AuditedRead("notifications")
  @GET
  @Operation(
      operationId = "listNotifications",
      summary =
          "Art. 19: one task per recipient and processor after a rectification, erasure or"
              + " restriction")
  public List<NotificationView> notifications(@PathParam("id") UUID id) {
    return notifications.list(id);
  }

  @POST
  @Path("{taskId}/confirm")
  @Operation(
      operationId = "confirmNotification",
      summary = "Confirm that the recipient was told; a repeat changes nothing")
  public NotificationView confirm(
      @PathParam("id") UUID id,
      @PathParam("taskId") UUID taskId,
      @RequestBody(required = false) @Valid Actions.Confirmation body) {
    return notifications.confirm(id, taskId, body == null ? null : body.note(), actors.staff());
  }
}
