package fi.rekisteri.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.rekisteri.stack.KafkaBroker;
import fi.rekisteri.stack.KeycloakServer;
import fi.rekisteri.stack.PostgresServer;
import fi.rekisteri.stack.Processes;
import fi.rekisteri.stack.ServiceProcess;
import fi.rekisteri.stack.TestStack;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The built services under the production profile, as behind a TLS-terminating proxy on the same
 * host (a trusted proxy address): every answer carries Strict-Transport-Security, the login's
 * redirect URI is https at the forwarded host, and the login's cookies are Secure. Secrets of our
 * own (the production profile refuses the repository's demo values).
 */
class BehindTlsProxyTest {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private static Map<String, String> ownSecrets(String name) {
    Map<String, String> env = new HashMap<>();
    env.put("QUARKUS_PROFILE", "prod");
    env.put("QUARKUS_DATASOURCE_PASSWORD", name + "-password-of-this-test-only");
    env.put("QUARKUS_DATASOURCE_AUDITOWNER_PASSWORD", name + "-audit-password-of-this-test-only");
    env.put("REKISTERI_ERASURE_LEDGER_KEYS", "7:ledger-key-of-this-test-only-0123456789");
    env.put("REKISTERI_AUDIT_HEAD_KEYS", "7:audit-head-key-of-this-test-only-0123456789");
    if (name.equals("rights")) {
      env.put("QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET", "client-secret-of-this-test-only-0123");
      env.put("QUARKUS_OIDC_WEB_CREDENTIALS_SECRET", "web-secret-of-this-test-only-0123456789");
      env.put(
          "QUARKUS_OIDC_WEB_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET",
          "session-secret-of-this-test-only-0123456789");
      env.put("REKISTERI_IDENTITY_CODE_KEY", "identity-code-key-of-this-test-only-0123");
    } else {
      env.put("REKISTERI_SUPPRESSION_KEYS", "3:suppression-key-of-this-test-only-0123");
    }
    return env;
  }

  private static ServiceProcess startProd(String name) throws Exception {
    return startProd(name, Map.of());
  }

  private static ServiceProcess startProd(String name, Map<String, String> more) throws Exception {
    Path work = Path.of(System.getProperty("rekisteri.work.dir", "target/stack")).toAbsolutePath();
    Files.createDirectories(work);
    Path root = Path.of(System.getProperty("rekisteri.root", "../..")).toAbsolutePath();
    PostgresServer postgres = TestStack.postgres();
    // a database of its own: the shared one holds suppression entries sealed with the demo key
    // ring, which this production-like start (with keys of its own) rightly refuses to serve
    String database = name + "_behind_tls";
    Map<String, String> env = ownSecrets(name);
    env.putAll(more);
    // the roles get this test's own passwords (the server asks for them: scram-sha-256)
    postgres.ensureDatabase(
        database,
        database,
        env.get("QUARKUS_DATASOURCE_PASSWORD"),
        env.get("QUARKUS_DATASOURCE_AUDITOWNER_PASSWORD"));
    env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database));
    env.put("QUARKUS_DATASOURCE_USERNAME", database);
    env.put("QUARKUS_DATASOURCE_AUDITOWNER_USERNAME", PostgresServer.auditOwner(database));
    KafkaBroker kafka = TestStack.kafka();
    // a Kafka principal of its own, with the service's ACLs: prod refuses the demo password
    String kafkaUser = name + "-behind-tls";
    String kafkaPassword = name + "-kafka-password-of-this-test-only";
    kafka.addPrincipalLike(kafkaUser, kafkaPassword, name);
    env.put("REKISTERI_KAFKA_USERNAME", kafkaUser);
    env.put("REKISTERI_KAFKA_PASSWORD", kafkaPassword);
    KeycloakServer keycloak = TestStack.keycloak();
    return ServiceProcess.start(
            root,
            name,
            Processes.freePort(),
            Processes.freePort(),
            postgres,
            kafka,
            keycloak,
            work.resolve(name + "-service-behind-tls.log"),
            env)
        .awaitReady(Duration.ofMinutes(3));
  }

  private static HttpResponse<String> viaProxy(String url) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("X-Forwarded-Proto", "https")
            .header("X-Forwarded-Host", "rekisteri.example")
            .header("X-Forwarded-For", "203.0.113.7")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PUBLIC_HOST = "rekisteri.example";
  private static final String WEB_CLIENT = "rekisteri-web-behind-tls";
  private static final String WEB_SECRET = "web-secret-of-this-test-only-0123456789";
  private static final Pattern FORM_ACTION =
      Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

  /**
   * The web client of this test in the stack's Keycloak: a copy of {@code rekisteri-web} (its
   * mappers, PKCE) with this test's secret and the proxy's public https address as its only
   * redirect URI, made through Keycloak's admin API.
   */
  private static void ensureWebClient(KeycloakServer keycloak) throws Exception {
    HttpResponse<String> login =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(keycloak.baseUrl() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        form(
                            Map.of(
                                "grant_type", "password",
                                "client_id", "admin-cli",
                                "username", "admin",
                                "password", "admin"))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as("Keycloak's admin login").isEqualTo(200);
    String admin = "Bearer " + JSON.readTree(login.body()).path("access_token").asText();
    String clients = keycloak.baseUrl() + "/admin/realms/" + KeycloakServer.REALM + "/clients";
    HttpResponse<String> found =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(clients + "?clientId=rekisteri-web"))
                .header("Authorization", admin)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    ObjectNode client = (ObjectNode) JSON.readTree(found.body()).get(0);
    client.remove("id");
    client.put("clientId", WEB_CLIENT);
    client.put("secret", WEB_SECRET);
    ArrayNode redirects = client.putArray("redirectUris");
    redirects.add("https://" + PUBLIC_HOST + "/*");
    ((ObjectNode) client.get("attributes"))
        .put("post.logout.redirect.uris", "https://" + PUBLIC_HOST + "/signed-out.html");
    if (client.get("protocolMappers") instanceof ArrayNode mappers) {
      mappers.forEach(mapper -> ((ObjectNode) mapper).remove("id"));
    }
    HttpResponse<String> created =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(clients))
                .header("Authorization", admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    // 409: made by an earlier run against the same Keycloak
    assertThat(created.statusCode()).as(created.body()).isIn(201, 409);
  }

  /**
   * A browser's cookie jar per host, by hand: the service's cookies are Secure (the browser sees
   * https at the proxy), so they are sent back here over the loopback's plain http as the proxy
   * would. Every Set-Cookie line is kept for the assertions.
   */
  private static final class Jar {
    /** The service's own address: what the proxy forwards to (the realm is reached directly). */
    final String behindProxy;

    final Map<String, Map<String, String>> byHost = new HashMap<>();

    Jar(String behindProxy) {
      this.behindProxy = behindProxy;
    }

    final List<String> setCookies = new java.util.ArrayList<>();

    void take(URI uri, HttpResponse<?> response) {
      for (String line : response.headers().allValues("Set-Cookie")) {
        setCookies.add(line);
        String pair = line.split(";", 2)[0];
        int eq = pair.indexOf('=');
        Map<String, String> jar =
            byHost.computeIfAbsent(uri.getAuthority(), h -> new LinkedHashMap<>());
        String value = pair.substring(eq + 1);
        if (value.isEmpty() || line.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
          jar.remove(pair.substring(0, eq));
        } else {
          jar.put(pair.substring(0, eq), value);
        }
      }
    }

    String header(URI uri) {
      return byHost.getOrDefault(uri.getAuthority(), Map.of()).entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining("; "));
    }

    List<String> named(String prefix) {
      return setCookies.stream().filter(line -> line.startsWith(prefix)).toList();
    }
  }

  /** A request as the TLS proxy forwards it: https at the public host, the session's cookies. */
  private static HttpResponse<String> send(
      Jar jar, String method, URI uri, String body, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (jar.behindProxy != null && uri.toString().startsWith(jar.behindProxy)) {
      request
          .header("X-Forwarded-Proto", "https")
          .header("X-Forwarded-Host", PUBLIC_HOST)
          .header("X-Forwarded-For", "203.0.113.7");
    }
    String cookies = jar.header(uri);
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies);
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    jar.take(uri, response);
    return response;
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

  /** The proxy's public https address mapped back to the service behind it. */
  private static URI behindProxy(ServiceProcess service, URI publicUri) {
    assertThat(publicUri.getScheme()).isEqualTo("https");
    assertThat(publicUri.getHost()).isEqualTo(PUBLIC_HOST);
    return URI.create(
        service.baseUrl()
            + publicUri.getRawPath()
            + (publicUri.getRawQuery() == null ? "" : "?" + publicUri.getRawQuery()));
  }

  @Test
  void givenProdBehindTheProxy_whenTheDpoLogsInAndRights_thenHostCookieGuardsEveryChange()
      throws Exception {
    KeycloakServer keycloak = TestStack.keycloak();
    ensureWebClient(keycloak);
    try (ServiceProcess rights =
        startProd("rights", Map.of("QUARKUS_OIDC_WEB_CLIENT_ID", WEB_CLIENT))) {
      Jar jar = new Jar(rights.baseUrl());
      // the page sends the browser to the realm, with the proxy's https address to come back to
      HttpResponse<String> page = send(jar, "GET", URI.create(rights.baseUrl() + "/"), null);
      assertThat(page.statusCode()).isEqualTo(302);
      URI authorization = URI.create(page.headers().firstValue("Location").orElseThrow());
      assertThat(URLDecoder.decode(authorization.getRawQuery(), StandardCharsets.UTF_8))
          .contains("redirect_uri=https://" + PUBLIC_HOST + "/")
          .contains("client_id=" + WEB_CLIENT);
      // Keycloak's login form, as the DPO fills it in
      HttpResponse<String> loginPage = send(jar, "GET", authorization, null);
      assertThat(loginPage.statusCode()).isEqualTo(200);
      Matcher action = FORM_ACTION.matcher(loginPage.body());
      assertThat(action.find()).as("Keycloak's login form").isTrue();
      URI post = URI.create(action.group(1).replace("&amp;", "&"));
      HttpResponse<String> loggedIn =
          send(
              jar,
              "POST",
              post,
              form(Map.of("username", "dpo", "password", "dpo")),
              "Content-Type",
              "application/x-www-form-urlencoded");
      assertThat(loggedIn.statusCode()).as("Keycloak's answer to the login").isIn(302, 303);
      URI callback = URI.create(loggedIn.headers().firstValue("Location").orElseThrow());
      assertThat(callback.getRawQuery()).contains("code=");
      // the proxy hands the callback to the service: the code is exchanged, the session begins
      HttpResponse<String> back = send(jar, "GET", behindProxy(rights, callback), null);
      assertThat(back.statusCode()).as(back.body()).isEqualTo(302);
      List<String> sessionCookies = jar.named("q_session");
      assertThat(sessionCookies).as("the session's cookies").isNotEmpty();
      assertThat(sessionCookies)
          .allSatisfy(
              cookie ->
                  assertThat(cookie)
                      .containsIgnoringCase("; Secure")
                      .containsIgnoringCase("HttpOnly")
                      .containsIgnoringCase("SameSite="));

      // the session names the CSRF token and sets it in a __Host- cookie: Secure, path /, no domain
      HttpResponse<String> session =
          send(
              jar,
              "GET",
              URI.create(rights.baseUrl() + "/api/v1/session"),
              null,
              "Accept",
              "application/json");
      assertThat(session.statusCode()).as(session.body()).isEqualTo(200);
      JsonNode who = JSON.readTree(session.body());
      assertThat(who.path("username").asText()).isEqualTo("dpo");
      String token = who.path("csrfToken").asText();
      List<String> csrf = jar.named("__Host-rekisteri-csrf=");
      assertThat(csrf).hasSize(1);
      assertThat(csrf.get(0))
          .startsWith("__Host-rekisteri-csrf=" + token + ";")
          .containsIgnoringCase("; Path=/;")
          .containsIgnoringCase("; Secure")
          .containsIgnoringCase("HttpOnly")
          .containsIgnoringCase("SameSite=Strict")
          .doesNotContainIgnoringCase("Domain=");
      assertThat(jar.setCookies).noneMatch(line -> line.startsWith("rekisteri-csrf="));

      // a change without the token is refused, whatever the path's spelling; with it, it is routed
      URI withdraw =
          URI.create(rights.baseUrl() + "/api/v1/requests/" + UUID.randomUUID() + "/withdraw");
      HttpResponse<String> forged =
          send(jar, "POST", withdraw, "{}", "Content-Type", "application/json");
      assertThat(forged.statusCode()).isEqualTo(403);
      assertThat(forged.body()).contains("/problems/csrf");
      HttpResponse<String> wrong =
          send(
              jar,
              "POST",
              withdraw,
              "{}",
              "Content-Type",
              "application/json",
              "X-CSRF-Token",
              CsrfTokenOfAnother.VALUE);
      assertThat(wrong.statusCode()).isEqualTo(403);
      HttpResponse<String> sent =
          send(
              jar,
              "POST",
              withdraw,
              "{}",
              "Content-Type",
              "application/json",
              "X-CSRF-Token",
              token,
              "If-Match",
              "\"0\"");
      assertThat(sent.statusCode()).as(sent.body()).isEqualTo(404);
      assertThat(sent.headers().firstValue("Strict-Transport-Security")).isPresent();
    }
  }

  /** A well-formed token that is not the session's. */
  private static final class CsrfTokenOfAnother {
    static final String VALUE = "A".repeat(43);
  }

  @Test
  void givenProdBehindTheProxy_whenRights_thenHstsHttpsRedirectAndSecureCookies() throws Exception {
    try (ServiceProcess rights = startProd("rights")) {
      HttpResponse<String> page = viaProxy(rights.baseUrl() + "/me/");

      assertThat(page.statusCode()).isEqualTo(302);
      assertThat(page.headers().firstValue("Strict-Transport-Security").orElse(""))
          .contains("max-age=31536000");
      String location =
          URLDecoder.decode(
              page.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8);
      assertThat(location).contains("redirect_uri=https://rekisteri.example/");
      List<String> cookies = page.headers().allValues("Set-Cookie");
      assertThat(cookies).isNotEmpty();
      assertThat(cookies).allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("Secure"));

      HttpResponse<String> api = viaProxy(rights.baseUrl() + "/api/v1/session");
      assertThat(api.statusCode()).isEqualTo(401);
      assertThat(api.headers().firstValue("Strict-Transport-Security")).isPresent();
    }
  }

  @Test
  void givenProdBehindTheProxy_whenRegister_thenHstsOnEveryAnswer() throws Exception {
    try (ServiceProcess register = startProd("register")) {
      for (String path : List.of("/q/openapi", "/api/v1/contacts", "/privacy-notice")) {
        HttpResponse<String> answer = viaProxy(register.baseUrl() + path);
        assertThat(answer.headers().firstValue("Strict-Transport-Security").orElse(""))
            .as(path)
            .contains("max-age=31536000");
      }
    }
  }
}
