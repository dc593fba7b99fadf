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

/** The DPO's read of a request's package (roles dpo, admin), beside the DPO's request API. */
@Path("/api/v1/requests/{id}/package")
@RolesAllowed({Roles.DPO, Roles.ADMIN})
@Tag(name = "Requests")
public class PackageResource {

  private final PackageService packages;
  private final Actors actors;

  public PackageResource(PackageService packages, Actors actors) {
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
  @Operation(
      summary =
          "The access copy (ACCESS) or the portable data (PORTABILITY): format=json (default),"
              + " html or text (readable, in the request's language), csv")
  public Response packageOf(@PathParam("id") UUID id, @QueryParam("format") String format) {
    PackageFormat chosen = PackageFormat.of(format);
    return chosen.render(id, packages.packageOf(id, chosen.name(), actors.staff()));
  }
}
