package fi.rekisteri.register.erasureledger;

import fi.rekisteri.register.common.InternalCaller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The same report for the rights service, which shows it on the DPO dashboard. */
@Path("/api/v1/internal/erasures/reapplied")
@InternalCaller
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Internal: data-subject rights")
public class InternalErasureLedgerResource {

  private final ReappliedErasures reapplied;

  public InternalErasureLedgerResource(ReappliedErasures reapplied) {
    this.reapplied = reapplied;
  }

  @GET
  @Operation(
      operationId = "internalListReappliedErasures",
      summary =
          "The register's erasures made again at startup from the erasure ledger, for the DPO"
              + " dashboard (rights-processor)")
  public ReappliedErasures.Report reapplied() {
    return reapplied.report();
  }
}
