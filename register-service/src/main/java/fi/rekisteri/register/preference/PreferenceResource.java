package fi.rekisteri.register.preference;

import fi.rekisteri.platform.security.Roles;
import fi.rekisteri.register.common.ApiComponents;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/contacts/{contactId}/preferences")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Marketing preferences")
public class PreferenceResource {

  private final PreferenceService service;

  public PreferenceResource(PreferenceService service) {
    this.service = service;
  }

  @GET
  @RolesAllowed({Roles.SALES, Roles.DPO, Roles.ADMIN})
  @Operation(
      operationId = "getPreferences",
      summary = "Current marketing preferences and their full history (sales, dpo, admin)")
  @Extension(name = ApiComponents.ANSWERS, value = "409")
  public PreferencesView get(@PathParam("contactId") UUID contactId) {
    return service.read(contactId);
  }

  @POST
  @RolesAllowed({Roles.SALES, Roles.ADMIN})
  @Operation(
      operationId = "recordPreference",
      summary =
          "Record a consent or prohibition change; history is append-only (sales, admin)."
              + " Returns the new state. A withdrawal of consent or a prohibition set is recorded"
              + " on a restricted contact too; any other change to one is refused with 409.",
      // on the operation, not the method: beside two @APIResponse a method's extension would also
      // land on the document's responses object
      extensions = @Extension(name = ApiComponents.ANSWERS, value = "409"))
  @APIResponse(
      responseCode = "201",
      description = "Recorded; the new state",
      content = @Content(schema = @Schema(implementation = PreferencesView.class)))
  @APIResponse(
      responseCode = "204",
      description =
          "Recorded on a restricted contact; its state is not shown to a role that does not read"
              + " restricted data")
  public Response record(
      @PathParam("contactId") UUID contactId, @Valid @NotNull PreferenceRequest request) {
    return service
        .record(contactId, request)
        .map(view -> Response.status(201).entity(view))
        .orElseGet(Response::noContent)
        .build();
  }
}
