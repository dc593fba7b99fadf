package fi.rekisteri.register.organisation;

import fi.rekisteri.platform.security.Roles;
import fi.rekisteri.register.common.ApiComponents;
import fi.rekisteri.register.common.DomainException;
import fi.rekisteri.register.common.ETags;
import fi.rekisteri.register.common.Page;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/organisations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
public class OrganisationResource {

  private final OrganisationService service;

  public OrganisationResource(OrganisationService service) {
    this.service = service;
  }

  @POST
  @RolesAllowed({Roles.SALES, Roles.ADMIN})
  @Operation(
      operationId = "createOrganisation",
      summary = "Create an organisation (roles: sales, admin)")
  @APIResponse(
      responseCode = "201",
      description = "Created; the ETag is its version",
      content = @Content(schema = @Schema(implementation = OrganisationView.class)),
      headers = {
        @Header(name = ApiComponents.ETAG, ref = ApiComponents.ETAG),
        @Header(name = ApiComponents.LOCATION, ref = ApiComponents.LOCATION)
      })
  // a second organisation with the same Y-tunnus (OrganisationService.requireUniqueBusinessId)
  @Extension(name = ApiComponents.ANSWERS, value = "409")
  public Response create(@Valid @NotNull OrganisationRequest request, UriInfo uri) {
    OrganisationView created = service.create(request);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .tag(ETags.of(created.version()))
        .entity(created)
        .build();
  }

  @GET
  @RolesAllowed({Roles.SALES, Roles.ACCOUNTING, Roles.DPO, Roles.ADMIN})
  @Operation(
      operationId = "listOrganisations",
      summary = "List organisations by id, keyset-paginated; filter by name")
  public Page<OrganisationView> list(
      @QueryParam("cursor") @Size(max = 100) String cursor,
      @QueryParam("name") @Size(max = 200) String name,
      @QueryParam("limit") Integer limit) {
    return service.list(cursor, name, limit);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.SALES, Roles.ACCOUNTING, Roles.DPO, Roles.ADMIN})
  @Operation(
      operationId = "getOrganisation",
      summary = "Read one organisation; the ETag is its version")
  @APIResponse(
      responseCode = "200",
      description = "The organisation; the ETag is its version",
      content = @Content(schema = @Schema(implementation = OrganisationView.class)),
      headers = {@Header(name = ApiComponents.ETAG, ref = ApiComponents.ETAG)})
  public Response get(@PathParam("id") UUID id) {
    OrganisationView view =
        service.find(id).orElseThrow(() -> DomainException.notFound("organisation"));
    return Response.ok(view).tag(ETags.of(view.version())).build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.SALES, Roles.ADMIN})
  @Operation(
      operationId = "updateOrganisation",
      summary = "Replace an organisation; requires If-Match with the ETag read")
  @APIResponse(
      responseCode = "200",
      description = "Replaced; the ETag is the new version",
      content = @Content(schema = @Schema(implementation = OrganisationView.class)),
      headers = {@Header(name = ApiComponents.ETAG, ref = ApiComponents.ETAG)})
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull OrganisationRequest request) {
    OrganisationView view = service.update(id, ETags.requireVersion(ifMatch), request);
    return Response.ok(view).tag(ETags.of(view.version())).build();
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.SALES, Roles.ADMIN})
  @Operation(
      operationId = "deleteOrganisation",
      summary = "Delete an organisation that has no contact persons")
  @APIResponse(responseCode = "204", description = "Deleted")
  @Extension(name = ApiComponents.ANSWERS, value = "409")
  public Response delete(@PathParam("id") UUID id) {
    service.delete(id);
    return Response.noContent().build();
  }
}
