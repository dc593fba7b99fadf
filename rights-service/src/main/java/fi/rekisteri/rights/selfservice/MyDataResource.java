package fi.rekisteri.rights.selfservice;

import com.fasterxml.jackson.databind.JsonNode;
import fi.rekisteri.rights.common.Actors;
import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.common.Roles;
import fi.rekisteri.rights.register.RegisterApi;
import fi.rekisteri.rights.register.RegisterGateway;
import fi.rekisteri.rights.register.RegisterUnavailableException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What the register holds on the logged-in data subject (the online profile the privacy notice
 * promises): the records whose email equals the verified email of the login. Every look is
 * audit-logged by the register.
 */
@Path("/api/v1/me/data")
@RolesAllowed(Roles.DATA_SUBJECT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My requests")
public class MyDataResource {

  private final RegisterGateway register;
  private final Actors actors;

  public MyDataResource(RegisterGateway register, Actors actors) {
    this.register = register;
    this.actors = actors;
  }

  public record MyData(String email, List<JsonNode> records) {}

  @GET
  @Operation(
      summary =
          "The register's data on me, matched by the verified email of my login (data-subject)")
  public MyData get() {
    String email = actors.verifiedEmail();
    try {
      List<JsonNode> records =
          register.search(new RegisterApi.SearchQuery(email, null, null, null, null)).stream()
              .filter(match -> match.matchedOn().contains("email"))
              .map(match -> register.export(match.subjectId(), UUID.randomUUID()))
              .toList();
      return new MyData(email, records);
    } catch (RegisterUnavailableException e) {
      throw new DomainException(
          503, "Service unavailable", "The register is not reachable; try again shortly.", null);
    }
  }
}
