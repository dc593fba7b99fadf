package fi.rekisteri.rights.ui;

import io.quarkus.oidc.TenantResolver;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which OIDC tenant checks a request. The pages ({@code /}, {@code /me}, {@code /me/**}) and {@code
 * /logout} log in through the {@code web} tenant: quarkus-oidc's authorization-code flow with the
 * confidential client {@code rekisteri-web}, the tokens kept server-side in an encrypted, HttpOnly
 * session cookie, never in JavaScript. An API call is checked by the {@code web} tenant only when
 * it carries that session cookie and no bearer token; everything else (bearer tokens, and calls
 * with neither, which answer 401 problem+json) by the default service tenant.
 */
@ApplicationScoped
public class WebTenantResolver implements TenantResolver {

  public static final String WEB = "web";
  static final String SESSION_COOKIE = "q_session_" + WEB;

  @Override
  public String resolve(RoutingContext context) {
    String path = context.normalizedPath();
    if (Pages.isPage(path) || Pages.LOGOUT.equals(path)) {
      return WEB;
    }
    if (path.startsWith("/api/")
        && context.request().getHeader("Authorization") == null
        && hasSession(context.request())) {
      return WEB;
    }
    return null;
  }

  /** Whether the request carries the web tenant's session cookie (or one of its chunks). */
  static boolean hasSession(HttpServerRequest request) {
    return request.cookies().stream()
        .anyMatch(cookie -> cookie.getName().startsWith(SESSION_COOKIE));
  }
}
