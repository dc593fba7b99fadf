package fi.rekisteri.register.interaction;

import fi.rekisteri.platform.security.Roles;
import fi.rekisteri.register.common.ApiComponents;
import fi.rekisteri.register.common.DomainException;
import fi.rekisteri.register.common.Page;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

@Path("/api/v1/contacts/{contactId}/interactions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Interactions")
public class InteractionResource {

  private final InteractionService service;
  private final SecurityIdentity identity;

  public InteractionResource(InteractionService service, SecurityIdentity identity) {
    this.service = service;
    this.identity = identity;
  }

  @POST
  @RolesAllowed({Roles.SALES, Roles.ADMIN})
  @Operation(
      operationId = "recordInteraction",
      summary =
          "Record an interaction with a contact person; the caller is its handler; audit-logged"
              + " (roles: sales, admin)")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = InteractionView.class)),
      headers = {@Header(name = ApiComponents.LOCATION, ref = ApiComponents.LOCATION)})
  @Extension(name = ApiComponents.ANSWERS, value = "409")
  public Response record(
      @PathParam("contactId") UUID contactId,
      @Valid @NotNull InteractionRequest request,
      UriInfo uri) {
    InteractionView created = service.record(contactId, request, identity.getPrincipal().getName());
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @GET
  @RolesAllowed({Roles.SALES, Roles.DPO, Roles.ADMIN})
  @Operation(
      operationId = "listInteractions",
      summary =
          "List a contact person's interactions by id, keyset-paginated; audit-logged"
              + " (roles: sales, dpo, admin)")
  @Extension(name = ApiComponents.ANSWERS, value = "409")
  public Page<InteractionView> list(
      @PathParam("contactId") UUID contactId,
      @QueryParam("cursor") @Size(max = 100) String cursor,
      @QueryParam("limit") String limit) {
    return service.list(contactId, cursor, limit(limit));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.SALES, Roles.DPO, Roles.ADMIN})
  @Operation(
      operationId = "getInteraction",
      summary = "Read one interaction of a contact person; audit-logged (roles: sales, dpo, admin)")
  @Extension(name = ApiComponents.ANSWERS, value = "409")
  public InteractionView get(@PathParam("contactId") UUID contactId, @PathParam("id") UUID id) {
    return service.read(contactId, id);
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
