package fi.rekisteri.rights.accesspackage;

import fi.rekisteri.rights.audit.AuditedRead;
import fi.rekisteri.rights.common.Actors;
import fi.rekisteri.rights.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The data subject's read of the package of one of their requests (role data-subject). */
@Path("/api/v1/me/requests/{id}/package")
@RolesAllowed(Roles.DATA_SUBJECT)
@Tag(name = "My requests")
public class MyPackageResource {

  private final PackageService packages;
  private final Actors actors;

  public MyPackageResource(PackageService packages, Actors actors) {
    this.packages = packages;
    this.actors = actors;
  }

  @AuditedRead("package")
  @GET
  @Produces({
    MediaType.APPLICATION_JSON,
    MediaType.TEXT_HTML,
    MediaType.TEXT_PLAIN,
    "text/csv",
    "application/pdf"
  })
  @Operation(summary = "My copy of the data (ACCESS) or my portable data (PORTABILITY)")
  public Response packageOf(@PathParam("id") UUID id, @QueryParam("format") String format) {
    PackageFormat chosen = PackageFormat.of(format);
    return chosen.render(id, packages.myPackage(id, actors.verifiedEmail(), chosen.name()));
  }
}
