package fi.rekisteri.platform.audit;

import fi.rekisteri.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.Map;

/**
 * Who an audit entry records as acting and why: the caller's primary role (the first of {@link
 * #ROLE_ORDER} the identity holds) and the purpose, which is the {@value #HEADER} header when the
 * caller states one (letters, digits, spaces and {@code ._:-} only, at most 100 characters), else
 * the role's purpose in the service's own table, {@code "other"} for a role not in it and {@code
 * "system"} without a role.
 */
public final class AuditPurposes {

  public static final String HEADER = "X-Purpose";

  /** The order in which a caller's roles are considered; the first one held is its role. */
  public static final List<String> ROLE_ORDER =
      List.of(
          Roles.ADMIN,
          Roles.DPO,
          Roles.RIGHTS_PROCESSOR,
          Roles.ACCOUNTING,
          Roles.SALES,
          Roles.DATA_SUBJECT);

  private static final int MAX_STATED = 100;

  private AuditPurposes() {}

  /** The first role of {@link #ROLE_ORDER} that {@code identity} holds, or null. */
  public static String primaryRole(SecurityIdentity identity) {
    return ROLE_ORDER.stream().filter(identity::hasRole).findFirst().orElse(null);
  }

  /**
   * The purpose the caller states in {@value #HEADER}, else that of {@code role} in {@code byRole}.
   */
  public static String purpose(
      Instance<HttpServerRequest> request, String role, Map<String, String> byRole) {
    String stated = null;
    try {
      if (request.isResolvable()) {
        stated = request.get().getHeader(HEADER);
      }
    } catch (RuntimeException e) {
      // outside an HTTP request (scheduled jobs): fall back to the role's purpose
      stated = null;
    }
    return fromStated(stated, role, byRole);
  }

  /** The purpose from a stated header value (or null) and the caller's role (or null). */
  public static String fromStated(String stated, String role, Map<String, String> byRole) {
    if (stated != null && !stated.isBlank()) {
      String clean = stated.replaceAll("[^\\p{L}\\p{N} ._:-]", "").trim();
      return clean.length() > MAX_STATED ? clean.substring(0, MAX_STATED) : clean;
    }
    if (role == null) {
      return "system";
    }
    return byRole.getOrDefault(role, "other");
  }
}
