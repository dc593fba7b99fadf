package fi.rekisteri.rights.ui;

import fi.rekisteri.rights.common.Problem;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * CSRF protection for the pages' state changes. A POST, PUT, PATCH or DELETE under {@code /api/}
 * that a browser authenticates by the session cookie (no bearer token) must carry the header {@code
 * X-CSRF-Token} equal to the browser's {@code rekisteri-csrf} cookie (HttpOnly, SameSite=Strict;
 * the page learns the value from {@code GET /api/v1/session}, which a page of another site cannot
 * read). Otherwise 403 problem+json, before anything runs. Bearer calls are not affected: a browser
 * never adds a bearer token by itself.
 */
public class CsrfFilter {

  public static final String HEADER = "X-CSRF-Token";
  static final String COOKIE = "rekisteri-csrf";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  @ServerRequestFilter(preMatching = true)
  public Response check(ContainerRequestContext context, HttpServerRequest request) {
    if (SAFE.contains(request.method().name())
        || !request.path().startsWith("/api/")
        || request.getHeader("Authorization") != null
        || !WebTenantResolver.hasSession(request)) {
      return null;
    }
    Cookie cookie = request.getCookie(COOKIE);
    String header = request.getHeader(HEADER);
    if (cookie != null && header != null && wellFormed(header) && same(cookie.getValue(), header)) {
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
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static boolean wellFormed(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }

  private static boolean same(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }
}
