package fi.rekisteri.rights.selfservice;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.rekisteri.platform.security.Roles;
import fi.rekisteri.rights.common.Actors;
import fi.rekisteri.rights.common.ApiComponents;
import fi.rekisteri.rights.request.Language;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The logged-in data subject's online profile (the one the privacy notice promises): what the
 * register holds on her, matched by the verified email of her login, and her own corrections of her
 * contact details. Every look is audit-logged by the register.
 */
@Path("/api/v1/me/data")
@RolesAllowed(Roles.DATA_SUBJECT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My requests")
public class MyDataResource {

  public static final String MERGE_PATCH = "application/merge-patch+json";

  private final MyProfileService profile;
  private final Actors actors;

  public MyDataResource(MyProfileService profile, Actors actors) {
    this.profile = profile;
    this.actors = actors;
  }

  @GET
  @Operation(
      operationId = "getMyData",
      summary =
          "The register's data on me, matched by the verified email of my login (data-subject)")
  public MyData get() {
    return profile.read(actors.verifiedEmail());
  }

  @PATCH
  @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "correctMyData",
      summary =
          "Correct my own contact details (JSON Merge Patch: an absent field stays, null removes;"
              + " firstName, lastName, title, phone, postalAddress, billingAddress, notes,"
              + " supplementaryStatement); recorded as a completed RECTIFICATION request with its"
              + " letter")
  @Extension(name = ApiComponents.ANSWERS, value = "404,409")
  public MyData correct(
      @RequestBody(
              content =
                  @Content(
                      schema =
                          @Schema(
                              type = SchemaType.OBJECT,
                              description = "A JSON Merge Patch (RFC 7396) of my contact details")))
          ObjectNode patch,
      @Parameter(
              description = "The language of the letter: fi (the default) or en",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"fi", "en"}))
          @QueryParam("language")
          String language) {
    return profile.correct(
        patch, actors.verifiedSubject(), "en".equals(language) ? Language.EN : Language.FI);
  }
}
