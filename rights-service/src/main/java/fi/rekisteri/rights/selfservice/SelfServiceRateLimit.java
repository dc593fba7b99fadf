package fi.rekisteri.rights.selfservice;

import fi.rekisteri.platform.problem.Problem;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Self-service calls ({@code /api/v1/me/**}) are limited per person, by the token's subject: beyond
 * {@link SelfServiceLimiter}'s limit a 429 problem with Retry-After. Calls without a login pass on
 * to their 401.
 */
public class SelfServiceRateLimit {

  private static final String SELF_SERVICE = "/api/v1/me";

  private final SelfServiceLimiter limiter;
  private final CurrentIdentityAssociation identities;

  public SelfServiceRateLimit(SelfServiceLimiter limiter, CurrentIdentityAssociation identities) {
    this.limiter = limiter;
    this.identities = identities;
  }

  @ServerRequestFilter
  public Uni<Response> limit(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (!path.equals(SELF_SERVICE) && !path.startsWith(SELF_SERVICE + "/")) {
      return Uni.createFrom().nullItem();
    }
    return identities
        .getDeferredIdentity()
        .map(
            identity -> {
              String person = person(identity);
              return person == null
                  ? null
                  : limiter.acquire(person).map(this::tooMany).orElse(null);
            });
  }

  /** The token's subject; the principal's name if a token has none. */
  static String person(SecurityIdentity identity) {
    if (identity == null || identity.isAnonymous()) {
      return null;
    }
    if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
      return "sub:" + token.getSubject();
    }
    return "name:" + identity.getPrincipal().getName();
  }

  private Response tooMany(Duration retryAfter) {
    long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    return Response.status(429)
        .type(Problem.MEDIA_TYPE)
        .header("Retry-After", seconds)
        .entity(
            Problem.of(
                429,
                "Too Many Requests",
                "At most "
                    + limiter.perMinute()
                    + " self-service requests a minute; try again in "
                    + seconds
                    + " s."))
        .build();
  }
}
