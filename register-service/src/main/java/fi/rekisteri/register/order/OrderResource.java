package fi.rekisteri.register.order;

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

@Path("/api/v1/orders")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class OrderResource {

  private final OrderService service;

  public OrderResource(OrderService service) {
    this.service = service;
  }

  @POST
  @RolesAllowed({Roles.SALES, Roles.ADMIN})
  @Operation(
      operationId = "createOrder",
      summary = "Create an order of a contact person; audit-logged (roles: sales, admin)")
  @APIResponse(
      responseCode = "201",
      description = "Created; the ETag is its version",
      content = @Content(schema = @Schema(implementation = OrderView.class)),
      headers = {
        @Header(name = ApiComponents.ETAG, ref = ApiComponents.ETAG),
        @Header(name = ApiComponents.LOCATION, ref = ApiComponents.LOCATION)
      })
  @Extension(name = ApiComponents.ANSWERS, value = "409")
  public Response create(@Valid @NotNull OrderRequest request, UriInfo uri) {
    OrderView created = service.create(request);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .tag(ETags.of(created.version()))
        .entity(created)
        .build();
  }

  @GET
  @RolesAllowed({Roles.SALES, Roles.ACCOUNTING, Roles.DPO, Roles.ADMIN})
  @Operation(
      operationId = "listOrders",
      summary =
          "List orders by id, keyset-paginated; filter by contactId; audit-logged"
              + " (roles: sales, accounting, dpo, admin)")
  public Page<OrderView> list(
      @QueryParam("contactId") @Size(max = 36) String contactId,
      @QueryParam("cursor") @Size(max = 100) String cursor,
      @QueryParam("limit") String limit) {
    return service.list(cursor, uuid("contactId", contactId), limit(limit));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.SALES, Roles.ACCOUNTING, Roles.DPO, Roles.ADMIN})
  @Operation(
      operationId = "getOrder",
      summary =
          "Read one order; audit-logged; the ETag is its version"
              + " (roles: sales, accounting, dpo, admin)")
  @APIResponse(
      responseCode = "200",
      description = "The order; the ETag is its version",
      content = @Content(schema = @Schema(implementation = OrderView.class)),
      headers = {@Header(name = ApiComponents.ETAG, ref = ApiComponents.ETAG)})
  @Extension(name = ApiComponents.ANSWERS, value = "409")
  public Response get(@PathParam("id") UUID id) {
    OrderView view = service.read(id);
    return Response.ok(view).tag(ETags.of(view.version())).build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.SALES, Roles.ADMIN})
  @Operation(
      operationId = "updateOrder",
      summary = "Replace an order; requires If-Match with the ETag read (roles: sales, admin)")
  @APIResponse(
      responseCode = "200",
      description = "Replaced; the ETag is the new version",
      content = @Content(schema = @Schema(implementation = OrderView.class)),
      headers = {@Header(name = ApiComponents.ETAG, ref = ApiComponents.ETAG)})
  public Response update(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull OrderRequest request) {
    OrderView view = service.update(id, ETags.requireVersion(ifMatch), request);
    return Response.ok(view).tag(ETags.of(view.version())).build();
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.SALES, Roles.ADMIN})
  @Operation(
      operationId = "deleteOrder",
      summary = "Delete an order that no invoice references; otherwise 409 (roles: sales, admin)")
  @APIResponse(responseCode = "204", description = "Deleted")
  @Extension(name = ApiComponents.ANSWERS, value = "409")
  public Response delete(@PathParam("id") UUID id) {
    service.delete(id);
    return Response.noContent().build();
  }

  /** Query parameters are parsed here, so that a bad value is a 400 naming it, not a 404. */
  private static UUID uuid(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.trim());
    } catch (IllegalArgumentException e) {
      throw DomainException.invalidField(field, "must be a UUID");
    }
  }

  private static Integer limit(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw DomainException.invalidField("limit", "must be a whole number");
    }
  }
}
