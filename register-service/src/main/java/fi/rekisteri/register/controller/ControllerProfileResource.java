package fi.rekisteri.register.controller;

import fi.rekisteri.platform.security.Roles;
import fi.rekisteri.register.common.ApiComponents;
import fi.rekisteri.register.common.DomainException;
import fi.rekisteri.register.common.ETags;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/controller")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Controller profile")
public class ControllerProfileResource {

  private final ControllerProfileService service;

  public ControllerProfileResource(ControllerProfileService service) {
    this.service = service;
  }

  @GET
  @RolesAllowed({Roles.SALES, Roles.ACCOUNTING, Roles.DPO, Roles.ADMIN, Roles.RIGHTS_PROCESSOR})
  @Operation(
      operationId = "getControllerProfile",
      summary = "The controller's Art. 30 record (all staff roles, rights-processor)")
  @APIResponse(
      responseCode = "200",
      description = "The current profile; the ETag is its version",
      content = @Content(schema = @Schema(implementation = ControllerProfileView.class)),
      headers = {@Header(name = ApiComponents.ETAG, ref = ApiComponents.ETAG)})
  @Extension(name = ApiComponents.ANSWERS, value = "404")
  public Response get() {
    ControllerProfileView view =
        service.current().orElseThrow(() -> DomainException.notFound("controller profile"));
    return Response.ok(view).tag(ETags.of(view.version())).build();
  }

  @PUT
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "putControllerProfile",
      summary =
          "Create or replace the controller profile (admin); If-Match required once it exists."
              + " Every change is a new dated version of the privacy notice; with"
              + " X-Significant-Change: true it is announced by email to every eligible contact.")
  @APIResponse(
      responseCode = "200",
      description = "Saved; the ETag is the new version",
      content = @Content(schema = @Schema(implementation = ControllerProfileView.class)),
      headers = {@Header(name = ApiComponents.ETAG, ref = ApiComponents.ETAG)})
  public Response put(
      @HeaderParam("If-Match") String ifMatch,
      @HeaderParam("X-Change-Note") @Size(max = 500) String changeNote,
      @HeaderParam("X-Significant-Change")
          @Parameter(
              description =
                  "true: a significant change, announced by email to every contact with an email,"
                      + " no restriction, no erasure hold and no ban on such messages")
          boolean significant,
      @Valid @NotNull ControllerProfile profile) {
    Long expected = ifMatch == null ? null : ETags.requireVersion(ifMatch);
    ControllerProfileView view = service.save(profile, expected, changeNote, significant);
    return Response.ok(view).tag(ETags.of(view.version())).build();
  }

  @GET
  @Path("versions")
  @RolesAllowed({Roles.DPO, Roles.ADMIN})
  @Operation(
      operationId = "listControllerProfileVersions",
      summary = "The change log of the profile, newest first (dpo, admin)")
  public List<ControllerProfileVersion.VersionView> versions() {
    return service.versions();
  }
}
