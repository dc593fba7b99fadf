package fi.rekisteri.register.listexport;

import fi.rekisteri.platform.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/exports")
@Authenticated
@Tag(name = "List exports")
public class ListExportResource {

  private final ListExportService service;

  public ListExportResource(ListExportService service) {
    this.service = service;
  }

  @POST
  @RolesAllowed({Roles.SALES, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces("text/csv")
  @Operation(
      operationId = "exportList",
      summary =
          "A CSV list for a stated purpose to a named recipient; leaves out bans, objections,"
              + " restrictions and missing consent, and records each person in the disclosure"
              + " ledger (sales, admin)")
  @APIResponse(
      responseCode = "200",
      description = "The list as CSV (an attachment)",
      content =
          @Content(
              mediaType = "text/csv",
              schema = @Schema(type = SchemaType.STRING, maxLength = 104857600)))
  public Response export(@Valid @NotNull ListExportRequest request) {
    return Response.ok(service.export(request), "text/csv; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + request.purpose().name().toLowerCase() + ".csv\"")
        .build();
  }
}
