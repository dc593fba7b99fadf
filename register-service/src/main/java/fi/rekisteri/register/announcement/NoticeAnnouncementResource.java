package fi.rekisteri.register.announcement;

import fi.rekisteri.platform.security.Roles;
import fi.rekisteri.register.common.ApiComponents;
import fi.rekisteri.register.common.DomainException;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How far the email announcement of a significant privacy notice version has got. */
@Path("/api/v1/controller/versions/{version}/announcement")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Controller profile")
public class NoticeAnnouncementResource {

  private final NoticeAnnouncements announcements;

  public NoticeAnnouncementResource(NoticeAnnouncements announcements) {
    this.announcements = announcements;
  }

  @GET
  @RolesAllowed({Roles.DPO, Roles.ADMIN})
  @Operation(
      operationId = "getNoticeAnnouncement",
      summary =
          "The email announcement of a significant version: messages queued, sent, failed and"
              + " skipped (dpo, admin); a version not significant is not announced")
  @Extension(name = ApiComponents.ANSWERS, value = "404")
  public AnnouncementProgress get(@PathParam("version") @Min(1) @Max(1_000_000) int version) {
    return announcements.progress(version).orElseThrow(() -> DomainException.notFound("version"));
  }
}
