package fi.rekisteri.rights.common;

import fi.rekisteri.platform.problem.Problem;
import fi.rekisteri.platform.problem.ProblemMappers;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationRedirectException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The rights service's own refusals and its pages' login as problem+json; every other failure is
 * mapped by the platform's ProblemMappers.
 */
public class DomainProblems {

  private static final Problem UNAUTHORIZED =
      Problem.of(401, "Unauthorized", "A valid bearer token or login session is required.");

  @ServerExceptionMapper
  public Response domain(DomainException e) {
    return ProblemMappers.respond(e.problem());
  }

  /**
   * A page's session that has ended (the web tenant would send the browser to the login): an API
   * call answers 401 problem+json, never a redirect; the page then offers a new login.
   */
  @ServerExceptionMapper
  public Response loginNeeded(AuthenticationRedirectException e, HttpServerRequest request) {
    if (request.path().startsWith("/api/")) {
      return ProblemMappers.respond(UNAUTHORIZED);
    }
    // the pages: the login's own redirects (to the realm, and back without the code)
    return Response.status(e.getCode())
        .location(java.net.URI.create(e.getRedirectUri()))
        .header("Cache-Control", "no-store")
        .build();
  }

  @ServerExceptionMapper
  public Response loginIncomplete(AuthenticationCompletionException e) {
    return ProblemMappers.respond(UNAUTHORIZED);
  }
}
