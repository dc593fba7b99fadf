package fi.rekisteri.register.audit;

import fi.rekisteri.platform.audit.AuditPurposes;
import fi.rekisteri.platform.audit.AuditRecord;
import fi.rekisteri.platform.audit.AuditStaging;
import fi.rekisteri.platform.audit.AuditWriter;
import fi.rekisteri.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records who touched whose data, why and when. The purpose comes from the {@code X-Purpose} header
 * when the caller states one, else from the caller's role.
 */
@ApplicationScoped
public class AuditLog {

  /** The purpose of each role that acts here; any other role's is "other". */
  private static final Map<String, String> PURPOSES =
      Map.of(
          Roles.SALES, "customer-relationship",
          Roles.ACCOUNTING, "accounting",
          Roles.DPO, "data-protection-supervision",
          Roles.RIGHTS_PROCESSOR, "data-subject-request",
          Roles.ADMIN, "administration");

  private final SecurityIdentity identity;
  private final Instance<HttpServerRequest> request;
  private final AuditWriter writer;
  private final AuditStaging staging;

  public AuditLog(
      SecurityIdentity identity,
      Instance<HttpServerRequest> request,
      AuditWriter writer,
      AuditStaging staging) {
    this.identity = identity;
    this.request = request;
    this.writer = writer;
    this.staging = staging;
  }

  /**
   * Appends the entry. A read's entry goes through the group commit ({@link AuditWriter}): it is
   * committed, with the reads of other requests, before this returns. Every other entry is staged
   * in the caller's transaction ({@link AuditStaging}), so it commits or rolls back with the change
   * it records, and is linked into the chain by the group commit right after that transaction
   * commits (the caller's thread waits for it there, so the request answers once its entry is in
   * the chain). Nothing holds the chain's head row through a request's transaction. A read's entry
   * needs no transaction of the caller's (the writer commits it in its own), so none is begun for
   * it: the read of one contact has none (ContactService.read) and waits for its entry with nothing
   * open.
   */
  public void record(UUID subjectId, AuditAction action, String resource) {
    String role = primaryRole();
    AuditRecord entry =
        new AuditRecord(actor(), role, subjectId, action.name(), resource, purpose(role));
    if (action == AuditAction.READ) {
      writer.append(entry);
    } else {
      QuarkusTransaction.joiningExisting().run(() -> staging.stage(List.of(entry)));
    }
  }

  /** Who is calling, captured while the request is at hand: for work that outlives it. */
  public record Caller(String actor, String role, String purpose) {}

  public Caller caller() {
    String role = primaryRole();
    return new Caller(actor(), role, purpose(role));
  }

  /**
   * One entry per subject for {@code caller}, staged in one batch in the caller's transaction and
   * linked into the chain after it commits, as {@link #record} does for one.
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public void recordAll(Caller caller, List<UUID> subjectIds, AuditAction action, String resource) {
    staging.stage(
        subjectIds.stream()
            .map(
                id ->
                    new AuditRecord(
                        caller.actor(),
                        caller.role(),
                        id,
                        action.name(),
                        resource,
                        caller.purpose()))
            .toList());
  }

  public String actor() {
    return identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
  }

  private String primaryRole() {
    return AuditPurposes.primaryRole(identity);
  }

  private String purpose(String role) {
    return AuditPurposes.purpose(request, role, PURPOSES);
  }
}
