package fi.rekisteri.rights.audit;

import fi.rekisteri.platform.audit.AuditPurposes;
import fi.rekisteri.platform.audit.AuditRecord;
import fi.rekisteri.platform.audit.AuditStaging;
import fi.rekisteri.platform.audit.AuditWriter;
import fi.rekisteri.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Records who read whose data, why and when, in the register's shape. A data subject is recorded as
 * {@code data-subject:<the token's sub>}, staff by their user name. The purpose comes from the
 * {@code X-Purpose} header when the caller states one, else from the caller's role.
 */
@ApplicationScoped
public class AuditLog {

  public static final String READ = "READ";

  /** The DPO attached a request to a contact that the register's match did not offer. */
  public static final String SUBJECT_ATTACHED = "SUBJECT_ATTACHED";

  /** The purpose of each role that acts here; any other role's is "other". */
  private static final Map<String, String> PURPOSES =
      Map.of(
          Roles.DPO, "data-protection-supervision",
          Roles.ADMIN, "administration",
          Roles.DATA_SUBJECT, "own-data",
          Roles.RIGHTS_PROCESSOR, "data-subject-request");

  private final AuditRepository repository;
  private final SecurityIdentity identity;
  private final Instance<JsonWebToken> token;
  private final Instance<HttpServerRequest> request;
  private final AuditWriter writer;
  private final AuditStaging staging;

  public AuditLog(
      AuditRepository repository,
      SecurityIdentity identity,
      Instance<JsonWebToken> token,
      Instance<HttpServerRequest> request,
      AuditWriter writer,
      AuditStaging staging) {
    this.repository = repository;
    this.identity = identity;
    this.token = token;
    this.request = request;
    this.writer = writer;
    this.staging = staging;
  }

  /**
   * Appends the entry, as the register's audit log does. A read's entry goes through the group
   * commit ({@link AuditWriter}): it is committed, with the reads of other requests, before this
   * returns. Every other entry is staged in the caller's transaction ({@link AuditStaging}), so it
   * commits or rolls back with the change it records, and is linked into the chain by the group
   * commit right after that transaction commits (the caller's thread waits for it there, so the
   * request answers once its entry is in the chain). Nothing holds the chain's head row through a
   * request's transaction.
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public void record(UUID subjectId, String action, String resource) {
    String role = primaryRole();
    AuditRecord entry =
        new AuditRecord(actor(role), role, subjectId, action, resource, purpose(role));
    if (READ.equals(action)) {
      writer.append(entry);
    } else {
      staging.stage(List.of(entry));
    }
  }

  /** A read through a data-subject request: the subject is the one it was matched to, if any. */
  @Transactional(Transactional.TxType.REQUIRED)
  public void recordRequestRead(UUID requestId, String resource) {
    record(repository.subjectOfRequest(requestId), READ, resource + ":" + requestId);
  }

  /**
   * Records that the DPO attached a request to a contact the match did not offer. The written
   * reason is on the request's timeline; the entry keeps its SHA-256 as the purpose, so that the
   * hash chain shows a reason changed afterwards, and holds no free text itself.
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public void recordAttachment(UUID subjectId, UUID requestId, String reason) {
    String role = primaryRole();
    staging.stage(
        List.of(
            new AuditRecord(
                actor(role),
                role,
                subjectId,
                SUBJECT_ATTACHED,
                "request:" + requestId,
                "reason-sha256:" + sha256(reason.strip()))));
  }

  private static String sha256(String text) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  private String actor(String role) {
    if (identity.isAnonymous()) {
      return "system";
    }
    if (Roles.DATA_SUBJECT.equals(role)) {
      String sub = token.isResolvable() ? token.get().getSubject() : null;
      return "data-subject:" + (sub == null ? "unknown" : sub);
    }
    return identity.getPrincipal().getName();
  }

  private String primaryRole() {
    return AuditPurposes.primaryRole(identity);
  }

  private String purpose(String role) {
    return AuditPurposes.purpose(request, role, PURPOSES);
  }
}
