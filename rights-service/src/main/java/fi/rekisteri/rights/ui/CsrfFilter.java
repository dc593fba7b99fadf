package fi.rekisteri.rights.ui;

import fi.rekisteri.platform.http.CsrfTokens;
import fi.rekisteri.platform.problem.Problem;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * CSRF protection for the pages' state changes ({@link CsrfTokens}). A POST, PUT, PATCH or DELETE
 * that a browser authenticates by the session cookie (no bearer token) must carry the header {@code
 * X-CSRF-Token} equal to the browser's {@code rekisteri-csrf} cookie (HttpOnly, SameSite=Strict;
 * the page learns the value from {@code GET /api/v1/session}, which a page of another site cannot
 * read). Otherwise 403 problem+json, before anything runs. Whatever the path's spelling: the check
 * does not read the path at all (ambiguous spellings are refused earlier by the platform's
 * RequestPathGuard, a second line).
 */
public class CsrfFilter {

  public static final String HEADER = CsrfTokens.HEADER;

  /** {@code rekisteri-csrf}, or {@code __Host-rekisteri-csrf} in production (HTTPS only). */
  private final String cookieName;

  public CsrfFilter(@ConfigProperty(name = "rekisteri.csrf.cookie-name") String cookieName) {
    this.cookieName = cookieName;
  }

  @ServerRequestFilter(preMatching = true)
  public Response check(ContainerRequestContext context, HttpServerRequest request) {
    if (!CsrfTokens.needsToken(
        request.method().name(),
        request.getHeader("Authorization") != null,
        WebTenantResolver.hasSession(request))) {
      return null;
    }
    Cookie cookie = request.getCookie(cookieName);
    if (CsrfTokens.matches(cookie == null ? null : cookie.getValue(), request.getHeader(HEADER))) {
      return null;
    }
    Problem problem =
        new Problem(
            "https://rekisteri.example/problems/csrf",
            "Forbidden",
            403,
            "This change needs the page's CSRF token in the X-CSRF-Token header; reload the page.",
            null,
            List.of());
    return Response.status(403).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  static String newToken() {
    return CsrfTokens.newToken();
  }

  static boolean wellFormed(String value) {
    return CsrfTokens.wellFormed(value);
  }
}
