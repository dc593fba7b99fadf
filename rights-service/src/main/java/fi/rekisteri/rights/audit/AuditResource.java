package fi.rekisteri.rights.audit;

import fi.rekisteri.platform.audit.AuditVerification;
import fi.rekisteri.platform.audit.AuditVerifications;
import fi.rekisteri.platform.audit.AuditView;
import fi.rekisteri.platform.security.Roles;
import fi.rekisteri.rights.common.DomainException;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The rights service's audit log, in the register's shape (same path, same fields). */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log")
public class AuditResource {

  private static final int DEFAULT_LIMIT = 50;
  private static final int MAX_LIMIT = 200;

  private final AuditRepository repository;
  private final AuditVerifications verifications;

  public AuditResource(AuditRepository repository, AuditVerifications verifications) {
    this.repository = repository;
    this.verifications = verifications;
  }

  public record AuditPage(List<AuditView> items, Long nextAfter) {}

  @GET
  @RolesAllowed({Roles.DPO, Roles.ADMIN})
  @Transactional
  @Operation(
      operationId = "listAuditEntries",
      summary =
          "Reads of one subject's data in the rights service, and the requests the DPO attached"
              + " to it without a match, oldest first (roles: dpo, admin)")
  public AuditPage forSubject(
      @QueryParam("subjectId") @NotNull UUID subjectId,
      @QueryParam("after")
          @Parameter(
              description = "The nextAfter of the previous page",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      format = "int64",
                      minimum = "0",
                      maximum = "9223372036854775807"))
          Long after,
      @QueryParam("limit") Integer limit) {
    int size = limit == null ? DEFAULT_LIMIT : limit;
    if (size < 1 || size > MAX_LIMIT) {
      throw DomainException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
    }
    List<AuditView> items =
        repository.forSubject(subjectId, after == null ? 0 : after, size).stream()
            .map(AuditEntry::view)
            .toList();
    Long next = items.size() == size ? items.get(items.size() - 1).id() : null;
    return new AuditPage(items, next);
  }

  @GET
  @Path("/verify")
  @RolesAllowed({Roles.DPO, Roles.ADMIN})
  @Operation(
      operationId = "verifyAuditLog",
      summary =
          "Walks the hash chain of the audit log from the retention checkpoint to the head,"
              + " through the latest head published outside the database: valid, how many"
              + " entries, the first broken entry's id and what broke, the published head and"
              + " the entries after it (roles: dpo, admin)")
  public AuditVerification verify() {
    return verifications.verify();
  }
}
