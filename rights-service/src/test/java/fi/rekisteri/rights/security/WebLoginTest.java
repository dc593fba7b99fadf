package fi.rekisteri.rights.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.rekisteri.rights.support.RightsStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The pages log in through quarkus-oidc's code flow against the real Keycloak, as a browser does:
 * the redirect to the realm, its login form, the callback, the session cookie; the API with that
 * cookie (roles from the access token), CSRF on state changes, and a logout that ends the Keycloak
 * session. No token ever reaches the page.
 */
@QuarkusTest
@WithTestResource(RightsStack.class)
class WebLoginTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern FORM_ACTION =
      Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

  @TestHTTPResource("/")
  URI app;

  @ConfigProperty(name = "quarkus.oidc.auth-server-url")
  String issuer;

  /**
   * A browser: its own cookie jar, redirects followed by hand so each step can be checked. Like a
   * browser it treats 127.0.0.1 as a secure context: Keycloak's Secure cookies go back over http.
   */
  private static final class Browser {
    final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    final CookieHandler loopback =
        new CookieHandler() {
          @Override
          public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers)
              throws IOException {
            return cookies.get(uri, headers);
          }

          @Override
          public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            Map<String, List<String>> insecure = new HashMap<>();
            headers.forEach(
                (name, values) ->
                    insecure.put(
                        name,
                        name != null && name.equalsIgnoreCase("Set-Cookie")
                            ? values.stream()
                                .map(v -> v.replaceAll("(?i);\\s*Secure(?=;|$)", ""))
                                .toList()
                            : values));
            cookies.put(uri, insecure);
          }
        };
    final HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(loopback)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    HttpResponse<String> get(URI uri, String... headers) throws Exception {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
      if (headers.length > 0) {
        request.headers(headers);
      }
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, URI uri, String body, String... headers)
        throws Exception {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(uri)
              .timeout(Duration.ofSeconds(30))
              .method(method, HttpRequest.BodyPublishers.ofString(body));
      if (headers.length > 0) {
        request.headers(headers);
      }
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    boolean hasCookie(String prefix) {
      return cookies.getCookieStore().getCookies().stream()
          .anyMatch(cookie -> cookie.getName().startsWith(prefix));
    }
  }

  private static URI location(HttpResponse<String> response) {
    assertThat(response.statusCode()).as("a redirect").isIn(302, 303);
    String location = response.headers().firstValue("Location").orElseThrow();
    return response.uri().resolve(location);
  }

  /** Opens a page, logs in at Keycloak's form and follows the redirects back to the page. */
  private HttpResponse<String> login(Browser browser, String page, String user) throws Exception {
    HttpResponse<String> first = browser.get(app.resolve(page));
    URI authorization = location(first);
    assertThat(authorization.toString())
        .startsWith(issuer + "/protocol/openid-connect/auth?")
        .contains("client_id=rekisteri-web")
        .contains("response_type=code")
        .contains("code_challenge_method=S256");
    HttpResponse<String> form = browser.get(authorization);
    assertThat(form.statusCode()).isEqualTo(200);
    Matcher action = FORM_ACTION.matcher(form.body());
    assertThat(action.find()).as("Keycloak's login form").isTrue();
    URI post = URI.create(action.group(1).replace("&amp;", "&"));
    HttpResponse<String> answer =
        browser.send(
            "POST",
            post,
            form(Map.of("username", user, "password", user)),
            "Content-Type",
            "application/x-www-form-urlencoded");
    assertThat(answer.statusCode())
        .as(
            "Keycloak's answer to the login: %s %s",
            answer.headers().map(),
            answer.body().replaceAll("(?s).*<div[^>]*kc-feedback[^>]*>(.{0,300}).*", "$1"))
        .isIn(302, 303);
    URI callback = location(answer);
    assertThat(callback.toString()).startsWith(app.resolve("/").toString()).contains("code=");
    HttpResponse<String> back = browser.get(callback);
    // the code and state are taken out of the address: a redirect to the page itself
    URI cleaned = location(back);
    assertThat(cleaned.getQuery()).isNull();
    assertThat(browser.hasCookie("q_session_web")).isTrue();
    HttpResponse<String> shown = browser.get(cleaned);
    while (shown.statusCode() == 302
        && location(shown).getHost().equals(app.getHost())
        && location(shown).getPort() == app.getPort()) {
      shown = browser.get(location(shown));
    }
    return shown;
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private JsonNode session(Browser browser) throws Exception {
    HttpResponse<String> response =
        browser.get(app.resolve("/api/v1/session"), "Accept", "application/json");
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  @Test
  void givenNoSession_whenOpeningAPage_thenRedirectedToTheRealmNotServed() throws Exception {
    for (String page : List.of("/", "/me/", "/me")) {
      HttpResponse<String> response = new Browser().get(app.resolve(page));
      assertThat(response.statusCode()).as(page).isEqualTo(302);
      assertThat(location(response).toString())
          .as(page)
          .startsWith(issuer + "/protocol/openid-connect/auth?");
      assertThat(response.body()).as(page).doesNotContain("<script");
    }
  }

  @Test
  void givenNoSessionNorToken_whenCallingTheApi_then401ProblemNeverARedirect() throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> none = browser.get(app.resolve("/api/v1/session"));
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    // a forged or stale session cookie is no session either
    HttpResponse<String> forged =
        browser.get(
            app.resolve("/api/v1/me/requests"), "Cookie", "q_session_web=forged.value.here");
    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(forged.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
  }

  @Test
  void givenMaijaLoggedIn_whenUsingTheSelfServicePage_thenSessionCookieRolesAndCsrf()
      throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> page = login(browser, "/me/", "maija");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("/me/me.js");
    // never from a cache: after a logout the browser must ask again
    assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("frame-ancestors 'none'")
        .contains("connect-src 'self';");
    // the session cookie is HttpOnly: no script reads the tokens
    assertThat(
            page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("q_session_web"))
                .allMatch(c -> c.contains("HttpOnly")))
        .isTrue();

    JsonNode me = session(browser);
    assertThat(me.path("username").asText()).isEqualTo("maija");
    assertThat(me.path("name").asText()).isEqualTo("Maija Meikäläinen");
    assertThat(me.path("roles").toString()).contains("data-subject").doesNotContain("\"dpo\"");
    String csrf = me.path("csrfToken").asText();
    assertThat(csrf).hasSize(43);
    assertThat(me.toString()).doesNotContain("eyJ"); // no token in the answer

    // the API with the session cookie: her own requests; the DPO's queue is refused by role
    assertThat(browser.get(app.resolve("/api/v1/me/requests")).statusCode()).isEqualTo(200);
    assertThat(browser.get(app.resolve("/api/v1/requests")).statusCode()).isEqualTo(403);

    String body = "{\"type\":\"ACCESS\",\"language\":\"fi\"}";
    URI requests = app.resolve("/api/v1/me/requests");
    HttpResponse<String> without =
        browser.send("POST", requests, body, "Content-Type", "application/json");
    assertThat(without.statusCode()).isEqualTo(403);
    assertThat(without.body()).contains("CSRF");
    HttpResponse<String> wrong =
        browser.send(
            "POST",
            requests,
            body,
            "Content-Type",
            "application/json",
            "X-CSRF-Token",
            "x".repeat(43));
    assertThat(wrong.statusCode()).isEqualTo(403);
    HttpResponse<String> filed =
        browser.send(
            "POST", requests, body, "Content-Type", "application/json", "X-CSRF-Token", csrf);
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
  }

  @Test
  void givenTheDpoLoggedIn_whenLoggingOut_thenTheKeycloakSessionEndsToo() throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> page = login(browser, "/", "dpo");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("/app.js");
    assertThat(session(browser).path("roles").toString()).contains("dpo");

    URI endSession = location(browser.get(app.resolve("/logout")));
    assertThat(endSession.toString())
        .startsWith(issuer + "/protocol/openid-connect/logout")
        .contains("post_logout_redirect_uri=")
        .contains("signed-out.html");
    URI signedOut = location(browser.get(endSession));
    assertThat(signedOut.getPath()).isEqualTo("/signed-out.html");
    HttpResponse<String> farewell = browser.get(signedOut);
    assertThat(farewell.statusCode()).isEqualTo(200);
    assertThat(farewell.body()).contains("Olet kirjautunut ulos");

    // the session is gone here and at Keycloak: the page asks for the password again
    assertThat(browser.get(app.resolve("/api/v1/session")).statusCode()).isEqualTo(401);
    URI again = location(browser.get(app.resolve("/")));
    HttpResponse<String> loginForm = browser.get(again);
    assertThat(loginForm.statusCode()).isEqualTo(200);
    assertThat(FORM_ACTION.matcher(loginForm.body()).find()).isTrue();
  }

  /** The same address spelled the ways a path check and a router can read differently. */
  private URI[] spellings(String path) {
    String base = app.toString().replaceAll("/$", "");
    String tail = path.substring("/api/".length());
    return new URI[] {
      URI.create(base + "/" + path),
      URI.create(base + "/." + path),
      URI.create(base + "/%61pi/" + tail),
      URI.create(base + "/api;x=1/" + tail),
      URI.create(base + path + ";"),
      URI.create(base + path + ";x=1"),
      URI.create(base + path.replace("/v1/", "/v1/./")),
      URI.create(base + path.replace("/v1/", "/v1//")),
      URI.create(base + path.replace("/v1/", "/v1%2F"))
    };
  }

  @Test
  void givenSessions_whenChangingStateUnderAnotherSpellingOfThePath_thenRefusedAndNothingChanges()
      throws Exception {
    Browser maija = new Browser();
    login(maija, "/me/", "maija");
    String csrf = session(maija).path("csrfToken").asText();
    HttpResponse<String> filed =
        maija.send(
            "POST",
            app.resolve("/api/v1/me/requests"),
            "{\"type\":\"ACCESS\",\"language\":\"fi\"}",
            "Content-Type",
            "application/json",
            "X-CSRF-Token",
            csrf);
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    String id = JSON.readTree(filed.body()).path("id").asText();
    String withdraw = "/api/v1/me/requests/" + id + "/withdraw";
    for (URI uri : spellings(withdraw)) {
      HttpResponse<String> answer =
          maija.send("POST", uri, "{\"reason\":\"x\"}", "Content-Type", "application/json");
      assertThat(answer.statusCode()).as(uri.toString()).isIn(400, 403);
      assertThat(answer.headers().firstValue("Content-Type").orElse(""))
          .as(uri.toString())
          .startsWith("application/problem+json");
    }

    Browser dpo = new Browser();
    login(dpo, "/", "dpo");
    List<String> actions =
        List.of(
            "execute",
            "complete",
            "withdraw",
            "lift-restriction",
            "refuse",
            "hold",
            "resume",
            "extension",
            "subject",
            "match",
            "identity",
            "await-identity");
    for (String action : actions) {
      for (URI uri : spellings("/api/v1/requests/" + id + "/" + action)) {
        HttpResponse<String> answer =
            dpo.send("POST", uri, "{}", "Content-Type", "application/json");
        assertThat(answer.statusCode()).as(uri.toString()).isIn(400, 403);
      }
    }

    // nothing changed: the request was not withdrawn
    HttpResponse<String> mine = maija.get(app.resolve("/api/v1/me/requests/" + id));
    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(mine.body()).path("status").asText()).isNotEqualTo("WITHDRAWN");
  }

  @Test
  void givenAnAmbiguousPath_whenRequested_then400ProblemAndNoPageNorEndpoint() throws Exception {
    String base = app.toString().replaceAll("/$", "");
    Browser anonymous = new Browser();
    Browser maija = new Browser();
    login(maija, "/me/", "maija");
    for (String path :
        List.of(
            "/me;x",
            "/me/%3Bx",
            "/me/%3bx",
            "/index.html;x",
            "/%2e/me",
            "//api/v1/session",
            "/api/v1/contacts;x=1",
            "/api/v1/session;",
            "/me/..;/index.html",
            "/me/%2e%2e/index.html",
            "/q/openapi;x")) {
      for (Browser browser : List.of(anonymous, maija)) {
        HttpResponse<String> answer = browser.get(URI.create(base + path));
        assertThat(answer.statusCode()).as(path).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElse(""))
            .as(path)
            .startsWith("application/problem+json");
        assertThat(answer.body())
            .as(path)
            .contains("ambiguous-path")
            .doesNotContain("<script")
            .doesNotContain("maija");
      }
    }
  }
}
