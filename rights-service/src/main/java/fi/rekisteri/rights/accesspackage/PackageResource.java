package fi.rekisteri.rights.accesspackage;

import fi.rekisteri.platform.security.Roles;
import fi.rekisteri.rights.audit.AuditedRead;
import fi.rekisteri.rights.common.Actors;
import fi.rekisteri.rights.common.ApiComponents;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
      operationId = "getPackage",
      summary =
          "The access copy (ACCESS) or the portable data (PORTABILITY): format=json (default),"
              + " html or text (readable, in the request's language), csv")
  @APIResponse(
      responseCode = "200",
      description = "The package in the chosen format (an attachment)",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT)),
        @Content(
            mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = SchemaType.STRING, maxLength = 10485760)),
        @Content(
            mediaType = MediaType.TEXT_PLAIN,
            schema = @Schema(type = SchemaType.STRING, maxLength = 10485760)),
        @Content(
            mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, maxLength = 10485760)),
        @Content(
            mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 10485760))
      })
  @Extension(name = ApiComponents.ANSWERS, value = "409")
  public Response packageOf(
      @PathParam("id") UUID id,
      @Parameter(
              description = "json (the default), html, text, csv or pdf",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"json", "html", "text", "txt", "csv", "pdf"}))
          @QueryParam("format")
          String format) {
    PackageFormat chosen = PackageFormat.of(format);
    return chosen.render(id, packages.packageOf(id, chosen.name(), actors.staff()));
  }
}
