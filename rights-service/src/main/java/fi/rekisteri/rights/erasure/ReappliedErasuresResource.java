package fi.rekisteri.rights.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import fi.rekisteri.platform.security.Roles;
import fi.rekisteri.rights.register.RegisterGateway;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * For the DPO dashboard: whether erasures were applied again from the erasure ledger after a
 * restore, here and in the register (docs/backups.md).
 */
@Path("/api/v1/erasures/reapplied")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Erasure ledger")
public class ReappliedErasuresResource {

  static final int LIMIT = 200;

  /** This service's part: the last check at startup (null before it) and the re-applications. */
  public record RightsPart(
      ErasureReapplication.LastCheck lastCheck, List<ErasureReapplier.Reapplied> items) {}

  /**
   * {@code register}: the register's report ({@code GET /api/v1/erasures/reapplied} there), null
   * with {@code registerAvailable} false when the register did not answer.
   */
  public record Report(
      String ledgerTopic, RightsPart rights, JsonNode register, boolean registerAvailable) {}

  private final ErasureLedgerReader ledger;
  private final ErasureReapplication reapplication;
  private final ErasureReapplier reapplier;
  private final RegisterGateway register;

  public ReappliedErasuresResource(
      ErasureLedgerReader ledger,
      ErasureReapplication reapplication,
      ErasureReapplier reapplier,
      RegisterGateway register) {
    this.ledger = ledger;
    this.reapplication = reapplication;
    this.reapplier = reapplier;
    this.register = register;
  }

  @GET
  @RolesAllowed({Roles.DPO, Roles.ADMIN})
  @Operation(
      operationId = "listReappliedErasures",
      summary =
          "Erasures applied again at startup from the erasure ledger because the database was"
              + " restored from an older backup, in this service and in the register, newest"
              + " first (roles: dpo, admin)")
  public Report reapplied() {
    RightsPart rights =
        new RightsPart(reapplication.lastCheck().orElse(null), reapplier.recent(LIMIT));
    JsonNode fromRegister;
    try {
      fromRegister = register.reappliedErasures();
    } catch (RuntimeException e) {
      fromRegister = null;
    }
    return new Report(ledger.topic(), rights, fromRegister, fromRegister != null);
  }
}
