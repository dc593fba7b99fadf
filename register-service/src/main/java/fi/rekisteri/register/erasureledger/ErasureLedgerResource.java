package fi.rekisteri.register.erasureledger;

import fi.rekisteri.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The erasures this register made again at startup from the erasure ledger (after a restore). */
@Path("/api/v1/erasures/reapplied")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Erasure ledger")
public class ErasureLedgerResource {

  private final ReappliedErasures reapplied;

  public ErasureLedgerResource(ReappliedErasures reapplied) {
    this.reapplied = reapplied;
  }

  @GET
  @RolesAllowed({Roles.DPO, Roles.ADMIN})
  @Operation(
      operationId = "listReappliedErasures",
      summary =
          "The erasure ledger's topic and retention, what the check at startup found, and the"
              + " erasures made again because the database did not hold them, newest first"
              + " (roles: dpo, admin)")
  public ReappliedErasures.Report reapplied() {
    return reapplied.report();
  }
}
