package fi.rekisteri.register.contact;

import fi.rekisteri.platform.security.Roles;
import fi.rekisteri.register.common.ApiComponents;
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

@Path("/api/v1/contacts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts")
public class ContactResource {

  private final ContactService service;

  public ContactResource(ContactService service) {
    this.service = service;
  }

  @POST
  @RolesAllowed({Roles.SALES, Roles.ADMIN})
  @Operation(
      operationId = "createContact",
      summary = "Create a contact person (roles: sales, admin)")
  @APIResponse(
      responseCode = "201",
      description = "Created; the ETag is its version",
      content = @Content(schema = @Schema(implementation = ContactView.class)),
      headers = {
        @Header(name = ApiComponents.ETAG, ref = ApiComponents.ETAG),
        @Header(name = ApiComponents.LOCATION, ref = ApiComponents.LOCATION)
      })
  public Response create(@Valid @NotNull ContactRequest request, UriInfo uri) {
    ContactView created = service.create(request);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .tag(ETags.of(created.version()))
        .entity(created)
        .build();
  }

  @GET
  @RolesAllowed({Roles.SALES, Roles.ACCOUNTING, Roles.DPO, Roles.ADMIN})
  @Operation(
      operationId = "searchContacts",
      summary =
          "Search contacts by email, phone, name, organisation or Y-tunnus, keyset-paginated"
              + " (roles: sales, accounting, dpo, admin)")
  public Page<ContactView> search(
      @QueryParam("email") @Size(max = 254) String email,
      @QueryParam("phone") @Size(max = 40) String phone,
      @QueryParam("name") @Size(max = 200) String name,
      @QueryParam("organisationId") UUID organisationId,
      @QueryParam("businessId") @Size(max = 9) String businessId,
      @QueryParam("cursor") @Size(max = 100) String cursor,
      @QueryParam("limit") Integer limit) {
    return service.search(
        new ContactSearch(email, phone, name, organisationId, businessId), cursor, limit);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.SALES, Roles.ACCOUNTING, Roles.DPO, Roles.ADMIN})
  @Operation(
      operationId = "getContact",
      summary = "Read one contact; audit-logged; the ETag is its version")
  @APIResponse(
      responseCode = "200",
      description = "The contact; the ETag is its version",
      content = @Content(schema = @Schema(implementation = ContactView.class)),
      headers = {@Header(name = ApiComponents.ETAG, ref = ApiComponents.ETAG)})
  @Extension(name = ApiComponents.ANSWERS, value = "409")
  public Response get(@PathParam("id") UUID id) {
    ContactView view = service.read(id);
    return Response.ok(view).tag(ETags.of(view.version())).build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.SALES, Roles.ADMIN})
  @Operation(
      operationId = "updateContact",
      summary = "Replace a contact; requires If-Match with the ETag read")
  @APIResponse(
      responseCode = "200",
      description = "Replaced; the ETag is the new version",
      content = @Content(schema = @Schema(implementation = ContactView.class)),
      headers = {@Header(name = ApiComponents.ETAG, ref = ApiComponents.ETAG)})
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull ContactRequest request) {
    ContactView view = service.update(id, ETags.requireVersion(ifMatch), request);
    return Response.ok(view).tag(ETags.of(view.version())).build();
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.SALES, Roles.ADMIN})
  @Operation(
      operationId = "deleteContact",
      summary =
          "Delete a contact entered by mistake (no orders, invoices or history); otherwise 409")
  @APIResponse(responseCode = "204", description = "Deleted")
  @Extension(name = ApiComponents.ANSWERS, value = "409")
  public Response delete(@PathParam("id") UUID id) {
    service.delete(id);
    return Response.noContent().build();
  }
}
