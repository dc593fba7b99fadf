package fi.rekisteri.stack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Real access tokens from the test Keycloak (realm of deploy/keycloak), cached per caller. */
public final class TestTokens {

  private static final Pattern ACCESS_TOKEN =
      Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private TestTokens() {}

  /** A demo user's token by the password grant of the public client (password = user name). */
  public static String user(String name) {
    return CACHE.computeIfAbsent(
        "user:" + name,
        key ->
            fetch(
                Map.of(
                    "grant_type",
                    "password",
                    "client_id",
                    "rekisteri-api",
                    "username",
                    name,
                    "password",
                    name)));
  }

  /**
   * A new token for a demo user, fetched now and cached in place of the old one (a long run renews
   * its token before it expires).
   */
  public static String freshUser(String name) {
    String token =
        fetch(
            Map.of(
                "grant_type",
                "password",
                "client_id",
                "rekisteri-api",
                "username",
                name,
                "password",
                name));
    CACHE.put("user:" + name, token);
    return token;
  }

  /** The rights service's machine token (client credentials, role rights-processor). */
  public static String rightsService() {
    return CACHE.computeIfAbsent(
        "client:rights-service",
        key ->
            fetch(
                Map.of(
                    "grant_type", "client_credentials",
                    "client_id", "rights-service",
                    "client_secret", "rights-service-secret")));
  }

  /**
   * A correctly signed token of this realm that is not meant for us: the fixture client foreign-app
   * (roles dpo, admin and rights-processor) has no mapper adding the audience rekisteri, so both
   * services must answer 401.
   */
  public static String foreignAudience() {
    return CACHE.computeIfAbsent(
        "client:foreign-app",
        key ->
            fetch(
                Map.of(
                    "grant_type", "client_credentials",
                    "client_id", "foreign-app",
                    "client_secret", "foreign-app-secret")));
  }

  /**
   * A new token of the fixture client short-lived-app (role dpo, audience rekisteri) that expires 5
   * seconds after it is issued: fetched at every call, never cached.
   */
  public static String shortLived() {
    return fetch(
        Map.of(
            "grant_type", "client_credentials",
            "client_id", "short-lived-app",
            "client_secret", "short-lived-app-secret"));
  }

  private static String fetch(Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(TestStack.keycloak().issuer() + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      Matcher token = ACCESS_TOKEN.matcher(response.body());
      if (response.statusCode() != 200 || !token.find()) {
        throw new IllegalStateException("no token from Keycloak: HTTP " + response.statusCode());
      }
      return token.group(1);
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak unreachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
