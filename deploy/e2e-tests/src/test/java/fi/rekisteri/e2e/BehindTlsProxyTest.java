package fi.rekisteri.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fi.rekisteri.stack.KafkaBroker;
import fi.rekisteri.stack.KeycloakServer;
import fi.rekisteri.stack.PostgresServer;
import fi.rekisteri.stack.Processes;
import fi.rekisteri.stack.ServiceProcess;
import fi.rekisteri.stack.TestStack;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    Path work = Path.of(System.getProperty("rekisteri.work.dir", "target/stack")).toAbsolutePath();
    Files.createDirectories(work);
    Path root = Path.of(System.getProperty("rekisteri.root", "../..")).toAbsolutePath();
    PostgresServer postgres = TestStack.postgres();
    // a database of its own: the shared one holds suppression entries sealed with the demo key
    // ring, which this production-like start (with keys of its own) rightly refuses to serve
    String database = name + "_behind_tls";
    Map<String, String> env = ownSecrets(name);
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

  @Test
  void rights_givenProdBehindTheProxy_thenHstsHttpsRedirectAndSecureCookies() throws Exception {
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
  void register_givenProdBehindTheProxy_thenHstsOnEveryAnswer() throws Exception {
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
