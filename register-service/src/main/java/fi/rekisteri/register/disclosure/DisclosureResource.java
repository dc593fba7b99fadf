package fi.rekisteri.register.disclosure;

import fi.rekisteri.platform.security.Roles;
import fi.rekisteri.register.common.Cursor;
import fi.rekisteri.register.common.DomainException;
import fi.rekisteri.register.common.Page;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/disclosures")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Disclosure ledger")
public class DisclosureResource {

  private final DisclosureLedger ledger;

  public DisclosureResource(DisclosureLedger ledger) {
    this.ledger = ledger;
  }

  @GET
  @RolesAllowed({Roles.DPO, Roles.ADMIN})
  @Transactional
  @Operation(
      operationId = "listDisclosures",
      summary =
          "Who received a subject's data and when, oldest first, one page at a time (dpo, admin)")
  public Page<DisclosureView> forSubject(
      @QueryParam("subjectId") @NotNull UUID subjectId,
      @QueryParam("cursor") @Size(max = 100) String cursor,
      @QueryParam("limit") String limit) {
    int size = Cursor.limit(limit(limit));
    return Page.of(
        ledger.page(subjectId, Cursor.decode(cursor), size), size, d -> d.id, Disclosure::view);
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
