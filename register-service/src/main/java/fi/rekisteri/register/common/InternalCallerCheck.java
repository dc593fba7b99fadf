package fi.rekisteri.register.common;

import fi.rekisteri.platform.security.Roles;
import io.quarkus.security.PermissionChecker;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Decides {@link InternalCaller}: the caller holds the role rights-processor and its token was
 * issued to the configured client ({@code azp}, or {@code client_id} when a token has no {@code
 * azp}). Both clients of the realm put the same audience into their tokens, so the audience alone
 * does not tell a user of the public client from the rights service.
 */
@ApplicationScoped
public class InternalCallerCheck {

  static final String PERMISSION = "internal-command";

  private final String clientId;

  public InternalCallerCheck(
      @ConfigProperty(name = "rekisteri.internal.client-id", defaultValue = "rights-service")
          String clientId) {
    this.clientId = clientId;
  }

  @PermissionChecker(PERMISSION)
  boolean isInternalCaller(SecurityIdentity identity) {
    if (identity.isAnonymous() || !identity.hasRole(Roles.RIGHTS_PROCESSOR)) {
      return false;
    }
    if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
      return false;
    }
    String authorisedParty = token.getClaim("azp");
    String issuedTo = authorisedParty != null ? authorisedParty : token.getClaim("client_id");
    return clientId.equals(issuedTo);
  }
}
