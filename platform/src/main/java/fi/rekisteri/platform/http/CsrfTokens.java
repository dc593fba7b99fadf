package fi.rekisteri.platform.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The double-submit CSRF check of the pages: a state change that a browser authenticates by its
 * session cookie must carry the header {@link #HEADER} equal to the cookie {@link #COOKIE}. The
 * decision does not depend on the path's spelling: every unsafe method that carries the session
 * cookie and no bearer token is checked, wherever it is routed.
 */
public final class CsrfTokens {

  public static final String HEADER = "X-CSRF-Token";
  public static final String COOKIE = "rekisteri-csrf";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private CsrfTokens() {}

  /**
   * Whether a request needs the token: an unsafe method, authenticated by a session cookie, not by
   * a bearer token (a browser never adds one by itself). The path is deliberately not consulted.
   */
  public static boolean needsToken(String method, boolean bearer, boolean session) {
    return !SAFE.contains(method) && !bearer && session;
  }

  /** Whether the header matches the cookie (constant time). */
  public static boolean matches(String cookie, String header) {
    return cookie != null
        && header != null
        && wellFormed(header)
        && MessageDigest.isEqual(
            cookie.getBytes(StandardCharsets.US_ASCII), header.getBytes(StandardCharsets.US_ASCII));
  }

  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static boolean wellFormed(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }
}
