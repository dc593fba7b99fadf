package fi.rekisteri.platform.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.Claims;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Verifies each bearer access token once (docs/benchmark.md): placed before the OIDC extension's
 * {@link OidcIdentityProvider} (a higher {@link #priority()}), it answers a token found in the
 * {@link VerifiedTokenCache} with a new identity built from the cached claims, and hands every
 * other token to the OIDC provider, storing the identity that provider verified. Identity
 * augmentors run after either path, as before. A refused token is never stored, so a token that
 * differs from a cached one in any character (its signature, a claim) goes to the full check.
 *
 * <p>Only plain bearer access tokens of a {@code service} tenant take this path: not the web-app
 * tenant's session (ID token credentials), not encrypted, certificate-bound or DPoP tokens, not a
 * request with a step-up policy, and an identity is stored only when it carries nothing but the
 * claims, roles, permissions and the tenant-wide attributes listed in {@link #TENANT_ATTRIBUTES}
 * (no user info, no introspection result). Its entry expires at the token's {@code exp}, or earlier
 * if {@code quarkus.oidc.token.age} is set; the lifespan grace is not added (docs/security.md).
 */
@ApplicationScoped
public class CachingTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

  static final String STEP_UP_POLICY = "io.quarkus.oidc.runtime.step-up-auth";
  static final Set<String> TENANT_ATTRIBUTES =
      Set.of(
          OidcUtils.TENANT_ID_ATTRIBUTE,
          OidcUtils.CONFIG_METADATA_ATTRIBUTE,
          OidcUtils.QUARKUS_IDENTITY_EXPIRE_TIME,
          io.quarkus.oidc.OidcProviderClient.class.getName());
  static final Set<String> REQUEST_ATTRIBUTES =
      Set.of(RoutingContext.class.getName(), AuthenticationRequestContext.class.getName());

  private final OidcIdentityProvider oidc;
  private final VerifiedTokenCache cache;
  private final boolean enabled;

  public CachingTokenIdentityProvider(
      OidcIdentityProvider oidc,
      @ConfigProperty(name = "rekisteri.token-cache.enabled", defaultValue = "true")
          boolean enabled,
      @ConfigProperty(name = "rekisteri.token-cache.max-entries", defaultValue = "10000")
          int maxEntries) {
    this.oidc = oidc;
    this.enabled = enabled;
    this.cache = new VerifiedTokenCache(maxEntries, Clock.systemUTC());
  }

  @Override
  public Class<TokenAuthenticationRequest> getRequestType() {
    return TokenAuthenticationRequest.class;
  }

  /** Before the OIDC extension's provider, which has the default priority. */
  @Override
  public int priority() {
    return IdentityProvider.super.priority() + 1;
  }

  public VerifiedTokenCache cache() {
    return cache;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TokenAuthenticationRequest request, AuthenticationRequestContext context) {
    RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
    OidcTenantConfig tenant = eligibleTenant(request, routing);
    if (tenant == null) {
      return Uni.createFrom().nullItem();
    }
    String token = request.getToken().getToken();
    String tenantId = tenant.tenantId().orElse(OidcUtils.DEFAULT_TENANT_ID);
    ByteBuffer key = VerifiedTokenCache.key(token);
    VerifiedTokenCache.Verified verified = cache.get(key);
    if (verified != null && verified.tenantId().equals(tenantId)) {
      return Uni.createFrom().item(rebuild(verified, request, routing, context, tenant));
    }
    return oidc.authenticate(request, context)
        .invoke(
            identity -> {
              try {
                remember(key, tenantId, tenant, identity, request);
              } catch (RuntimeException e) {
                // not cached: the next request verifies the token again
              }
            });
  }

  private OidcTenantConfig eligibleTenant(
      TokenAuthenticationRequest request, RoutingContext routing) {
    if (!enabled
        || routing == null
        || request.getToken() == null
        || request.getToken().getClass() != AccessTokenCredential.class
        || ((AccessTokenCredential) request.getToken()).isOpaque()
        || routing.get(STEP_UP_POLICY) != null
        || routing.get(OidcUtils.DPOP_PROOF) != null
        || routing.get(OidcUtils.DPOP_PROOF_JWT_HEADERS) != null) {
      return null;
    }
    OidcTenantConfig tenant = routing.get(OidcTenantConfig.class.getName());
    if (tenant == null
        || tenant.applicationType().orElse(ApplicationType.SERVICE) != ApplicationType.SERVICE
        || tenant.token().decryptAccessToken()
        || tenant.token().binding().certificate()
        || !"Bearer".equalsIgnoreCase(tenant.token().authorizationScheme())) {
      return null;
    }
    return tenant;
  }

  private SecurityIdentity rebuild(
      VerifiedTokenCache.Verified verified,
      TokenAuthenticationRequest request,
      RoutingContext routing,
      AuthenticationRequestContext context,
      OidcTenantConfig tenant) {
    // the cached claims, not parsed again: a fresh top-level map over immutable values
    JwtClaims claims = new JwtClaims();
    verified.claims().forEach(claims::setClaim);
    claims.setClaim(Claims.raw_token.name(), request.getToken().getToken());
    routing.put(AuthenticationRequestContext.class.getName(), context);
    QuarkusSecurityIdentity.Builder builder =
        QuarkusSecurityIdentity.builder()
            .addCredential(request.getToken())
            .setPrincipal(
                new OidcJwtCallerPrincipal(
                    claims, request.getToken(), tenant.token().principalClaim().orElse(null)))
            .addRoles(verified.roles())
            .addPermissions(verified.permissions())
            .addAttributes(verified.attributes());
    OidcUtils.setRoutingContextAttribute(builder, routing);
    OidcUtils.setBlockingApiAttribute(builder, routing);
    return builder.build();
  }

  private void remember(
      ByteBuffer key,
      String tenantId,
      OidcTenantConfig tenant,
      SecurityIdentity identity,
      TokenAuthenticationRequest request) {
    if (!(identity instanceof QuarkusSecurityIdentity verified)
        || identity.isAnonymous()
        || !(identity.getPrincipal() instanceof OidcJwtCallerPrincipal principal)
        || !identity.getCredentials().equals(Set.of(request.getToken()))
        || !tenantId.equals(identity.getAttribute(OidcUtils.TENANT_ID_ATTRIBUTE))) {
      return;
    }
    Map<String, Object> attributes = new HashMap<>();
    for (Map.Entry<String, Object> attribute : identity.getAttributes().entrySet()) {
      if (TENANT_ATTRIBUTES.contains(attribute.getKey())) {
        if (attribute.getValue() != null) {
          attributes.put(attribute.getKey(), attribute.getValue());
        }
      } else if (!REQUEST_ATTRIBUTES.contains(attribute.getKey())) {
        return; // something this class does not know how to carry over: never cached
      }
    }
    JwtClaims claims = principal.getClaims();
    Instant expiresAt;
    try {
      if (claims.hasClaim("cnf") || claims.getExpirationTime() == null) {
        return;
      }
      expiresAt = Instant.ofEpochSecond(claims.getExpirationTime().getValue());
      NumericDate issuedAt = claims.getIssuedAt();
      if (tenant.token().age().isPresent()) {
        if (issuedAt == null) {
          return;
        }
        Instant ageLimit =
            Instant.ofEpochSecond(issuedAt.getValue()).plus(tenant.token().age().get());
        expiresAt = expiresAt.isBefore(ageLimit) ? expiresAt : ageLimit;
      }
    } catch (MalformedClaimException e) {
      return;
    }
    Map<String, Object> claimMap = new HashMap<>(claims.getClaimsMap());
    claimMap.remove(Claims.raw_token.name());
    // through JSON once, at the first verification: the principal has turned some claims into
    // jakarta.json values; what is kept is the plain map the token's JSON parses to, as a fresh
    // parse of the token would give it (JwtClaims.parse does the same)
    Map<String, Object> plain;
    try {
      plain = JsonUtil.parseJson(JsonUtil.toJson(claimMap));
    } catch (JoseException e) {
      return;
    }
    cache.put(
        key,
        new VerifiedTokenCache.Verified(
            tenantId,
            plain,
            identity.getRoles(),
            verified.getPermissions(),
            attributes,
            expiresAt));
  }
}
