package fi.rekisteri.rights.ui;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Who is logged in, for the pages: the user name, the display name and the realm roles (the page
 * shows the dashboard or the self-service view by them; the API checks every call anyway), the
 * token the page sends back in {@code X-CSRF-Token} with every state change it makes through the
 * session cookie ({@link CsrfFilter}), and where the register publishes its privacy notice. Any
 * logged-in caller may ask: it tells only about the caller.
 */
@Path("/api/v1/session")
@Authenticated
@Tag(name = "Session")
public class SessionResource {

  /** The caller, as the pages show them. */
  public record Session(
      String username,
      String name,
      List<String> roles,
      String csrfToken,
      String privacyNoticeUrl) {}

  private final SecurityIdentity identity;
  private final JsonWebToken token;
  private final HttpServerRequest request;
  private final String privacyNoticeUrl;
  private final String csrfCookie;

  public SessionResource(
      SecurityIdentity identity,
      JsonWebToken token,
      HttpServerRequest request,
      @ConfigProperty(name = "quarkus.rest-client.register.url") String registerUrl,
      @ConfigProperty(name = "rekisteri.ui.privacy-notice-url") Optional<String> noticeUrl,
      @ConfigProperty(name = "rekisteri.csrf.cookie-name") String csrfCookie) {
    this.csrfCookie = csrfCookie;
    this.identity = identity;
    this.token = token;
    this.request = request;
    // the register's own address unless the browser reaches it elsewhere (e.g. behind a proxy)
    this.privacyNoticeUrl = noticeUrl.orElse(withoutSlash(registerUrl) + "/privacy-notice");
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Who is logged in: user name, display name, realm roles, the CSRF token for state"
              + " changes made with the session cookie, and the privacy notice's address")
  public Session session() {
    String username = claim("preferred_username");
    if (username == null) {
      username = identity.getPrincipal().getName();
    }
    String name =
        String.join(
                " ",
                java.util.stream.Stream.of(claim("given_name"), claim("family_name"))
                    .filter(part -> part != null && !part.isBlank())
                    .toList())
            .trim();
    List<String> roles = identity.getRoles().stream().sorted().toList();
    return new Session(
        username, name.isEmpty() ? username : name, roles, csrfToken(), privacyNoticeUrl);
  }

  /** The browser's CSRF token: the one its cookie already holds, else a new one in a new cookie. */
  private String csrfToken() {
    Cookie existing = request.getCookie(csrfCookie);
    if (existing != null && CsrfFilter.wellFormed(existing.getValue())) {
      return existing.getValue();
    }
    String value = CsrfFilter.newToken();
    request
        .response()
        .addCookie(
            // a __Host- cookie (production) must be Secure, for the path / and name no domain
            Cookie.cookie(csrfCookie, value)
                .setPath(csrfCookie.startsWith("__Host-") ? "/" : "/api/")
                .setHttpOnly(true)
                .setSecure(
                    request.isSSL()
                        || "https".equals(request.scheme())
                        || csrfCookie.startsWith("__Host-"))
                .setSameSite(CookieSameSite.STRICT));
    return value;
  }

  private String claim(String name) {
    Object value = token == null ? null : token.getClaim(name);
    if (value == null) {
      return null;
    }
    String text = value.toString();
    return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
        ? text.substring(1, text.length() - 1)
        : text;
  }

  private static String withoutSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
