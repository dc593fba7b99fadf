package fi.rekisteri.register.disclosure;

import fi.rekisteri.register.common.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
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
  @Operation(summary = "Who received a subject's data and when (dpo, admin)")
  public List<DisclosureView> forSubject(@QueryParam("subjectId") @NotNull UUID subjectId) {
    return ledger.forSubject(subjectId);
  }
}
