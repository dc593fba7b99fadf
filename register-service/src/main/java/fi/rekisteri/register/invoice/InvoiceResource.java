package fi.rekisteri.register.invoice;

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

@Path("/api/v1/invoices")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Invoices")
public class InvoiceResource {

  private final InvoiceService service;

  public InvoiceResource(InvoiceService service) {
    this.service = service;
  }

  @POST
  @RolesAllowed({Roles.ACCOUNTING, Roles.ADMIN})
  @Operation(
      operationId = "createInvoice",
      summary = "Create an open invoice; audit-logged (roles: accounting, admin)")
  @APIResponse(
      responseCode = "201",
      description = "Created; the ETag is its version",
      content = @Content(schema = @Schema(implementation = InvoiceView.class)),
      headers = {
        @Header(name = ApiComponents.ETAG, ref = ApiComponents.ETAG),
        @Header(name = ApiComponents.LOCATION, ref = ApiComponents.LOCATION)
      })
  @Extension(name = ApiComponents.ANSWERS, value = "409")
  public Response create(@Valid @NotNull InvoiceRequest request, UriInfo uri) {
    InvoiceView created = service.create(request);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .tag(ETags.of(created.version()))
        .entity(created)
        .build();
  }

  @GET
  @RolesAllowed({Roles.ACCOUNTING, Roles.DPO, Roles.ADMIN})
  @Operation(
      operationId = "listInvoices",
      summary =
          "List invoices with their payments by id, keyset-paginated; filter by contactId and"
              + " status; audit-logged (roles: accounting, dpo, admin)")
  public Page<InvoiceView> list(
      @QueryParam("contactId") @Size(max = 36) String contactId,
      @QueryParam("status") @Size(max = 20) String status,
      @QueryParam("cursor") @Size(max = 100) String cursor,
      @QueryParam("limit") String limit) {
    return service.list(cursor, uuid("contactId", contactId), status(status), limit(limit));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.ACCOUNTING, Roles.DPO, Roles.ADMIN})
  @Operation(
      operationId = "getInvoice",
      summary =
          "Read one invoice with its payments; audit-logged; the ETag is its version"
              + " (roles: accounting, dpo, admin)")
  @APIResponse(
      responseCode = "200",
      description = "The invoice; the ETag is its version",
      content = @Content(schema = @Schema(implementation = InvoiceView.class)),
      headers = {@Header(name = ApiComponents.ETAG, ref = ApiComponents.ETAG)})
  public Response get(@PathParam("id") UUID id) {
    InvoiceView view = service.read(id);
    return Response.ok(view).tag(ETags.of(view.version())).build();
  }

  @PUT
  @Path("{id}/status")
  @RolesAllowed({Roles.ACCOUNTING, Roles.ADMIN})
  @Operation(
      operationId = "changeInvoiceStatus",
      summary =
          "Set an invoice's status (OPEN, PAID, IN_COLLECTION, CREDITED); requires If-Match"
              + " with the ETag read (roles: accounting, admin)")
  @APIResponse(
      responseCode = "200",
      description = "Changed; the ETag is the new version",
      content = @Content(schema = @Schema(implementation = InvoiceView.class)),
      headers = {@Header(name = ApiComponents.ETAG, ref = ApiComponents.ETAG)})
  public Response changeStatus(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull InvoiceStatusRequest request) {
    InvoiceView view = service.changeStatus(id, ETags.requireVersion(ifMatch), request.status());
    return Response.ok(view).tag(ETags.of(view.version())).build();
  }

  @POST
  @Path("{id}/payments")
  @RolesAllowed({Roles.ACCOUNTING, Roles.ADMIN})
  @Operation(
      operationId = "recordPayment",
      summary =
          "Record a payment; when the payments cover the amount an open claim becomes PAID."
              + " Returns the invoice (roles: accounting, admin)")
  @APIResponse(
      responseCode = "201",
      description = "Recorded; the invoice, the ETag is its new version",
      content = @Content(schema = @Schema(implementation = InvoiceView.class)),
      headers = {
        @Header(name = ApiComponents.ETAG, ref = ApiComponents.ETAG),
        @Header(name = ApiComponents.LOCATION, ref = ApiComponents.LOCATION)
      })
  @Extension(name = ApiComponents.ANSWERS, value = "409")
  public Response recordPayment(
      @PathParam("id") UUID id, @Valid @NotNull PaymentRequest request, UriInfo uri) {
    InvoiceView view = service.recordPayment(id, request);
    return Response.status(Response.Status.CREATED)
        .location(uri.getBaseUriBuilder().path("api/v1/invoices").path(id.toString()).build())
        .tag(ETags.of(view.version()))
        .entity(view)
        .build();
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

  private static InvoiceStatus status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return InvoiceStatus.valueOf(value.trim());
    } catch (IllegalArgumentException e) {
      throw DomainException.invalidField(
          "status", "must be one of OPEN, PAID, IN_COLLECTION, CREDITED");
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
