package fi.rekisteri.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production realm file (deploy/keycloak/rekisteri-realm-prod.json, see docs/security.md):
 * without the test fixtures ({@code foreign-app}, {@code internal-impostor}) and the demo users,
 * without the password grant, {@code sslRequired} external, and no secret of its own: each comes
 * from an environment variable. Read as a file, and imported by a real Keycloak that then refuses
 * the password grant and the demo secret and issues the rights service's token for the secret
 * given.
 */
class ProductionRealmTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path REALM = Path.of("../keycloak/rekisteri-realm-prod.json");
  private static final Path DEMO_REALM = Path.of("../keycloak/rekisteri-realm.json");
  private static final String RIGHTS_SECRET = "a-production-secret-from-the-vault-0123456789";

  @TempDir static Path tmp;
  private static KeycloakServer keycloak;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    keycloak =
        new KeycloakServer(
                KeycloakServer.distribution(
                    Path.of(System.getProperty("rekisteri.cache.dir", "../../.cache")),
                    Versions.KEYCLOAK),
                tmp.resolve("keycloak.log"),
                Processes.freePort(),
                Processes.freePort())
            .start(
                REALM,
                Duration.ofMinutes(4),
                Map.of(
                    "REKISTERI_RIGHTS_SERVICE_CLIENT_SECRET", RIGHTS_SECRET,
                    "REKISTERI_WEB_CLIENT_SECRET", "another-production-secret-0123456789abcdef",
                    "REKISTERI_PUBLIC_HOST", "rekisteri.example",
                    "REKISTERI_API_REDIRECT_URIS", "https://tools.rekisteri.example/*"));
  }

  @AfterAll
  static void stop() {
    if (keycloak != null) {
      keycloak.close();
    }
  }

  @Test
  void givenFile_thenHasNoFixturesNoPasswordGrantNoShippedSecret() throws IOException {
    JsonNode realm = JSON.readTree(REALM.toFile());

    assertThat(realm.path("sslRequired").asText()).isEqualTo("external");
    List<String> clients = new ArrayList<>();
    for (JsonNode client : realm.path("clients")) {
      clients.add(client.path("clientId").asText());
      assertThat(client.path("directAccessGrantsEnabled").asBoolean())
          .as(client.path("clientId").asText() + " allows the password grant")
          .isFalse();
      if (client.has("secret")) {
        assertThat(client.path("secret").asText()).matches("\\$\\{[A-Z_]+\\}");
      }
      for (JsonNode redirect : client.path("redirectUris")) {
        assertThat(redirect.asText()).doesNotStartWith("http:");
      }
    }
    assertThat(clients)
        .containsExactlyInAnyOrder("rekisteri-api", "rekisteri-web", "rights-service");
    List<String> users = new ArrayList<>();
    realm.path("users").forEach(user -> users.add(user.path("username").asText()));
    assertThat(users).containsExactly("service-account-rights-service");
    assertThat(realm.toString()).doesNotContain("foreign-app").doesNotContain("internal-impostor");
  }

  @Test
  void givenFile_thenKeepsTheDemoRealmsRolesAndAudience() throws IOException {
    JsonNode realm = JSON.readTree(REALM.toFile());
    JsonNode demo = JSON.readTree(DEMO_REALM.toFile());

    assertThat(realm.path("roles")).isEqualTo(demo.path("roles"));
    for (JsonNode client : realm.path("clients")) {
      JsonNode demoClient = null;
      for (JsonNode candidate : demo.path("clients")) {
        if (candidate.path("clientId").equals(client.path("clientId"))) {
          demoClient = candidate;
        }
      }
      assertThat(demoClient).as(client.path("clientId").asText()).isNotNull();
      assertThat(client.path("protocolMappers")).isEqualTo(demoClient.path("protocolMappers"));
    }
  }

  @Test
  void givenImported_thenRefusesThePasswordGrant() throws Exception {
    HttpResponse<String> answer =
        token(
            Map.of(
                "grant_type", "password",
                "client_id", "rekisteri-api",
                "username", "dpo",
                "password", "dpo"));

    assertThat(answer.statusCode()).isIn(400, 401);
    assertThat(answer.body()).contains("unauthorized_client");
  }

  @Test
  void givenImported_thenRefusesTheDemoSecretAndTheFixtureClient() throws Exception {
    assertThat(clientCredentials("rights-service", "rights-service-secret").statusCode())
        .isEqualTo(401);
    assertThat(clientCredentials("foreign-app", "foreign-app-secret").statusCode()).isEqualTo(401);
  }

  @Test
  void givenImported_thenIssuesTheRightsServiceTokenForTheSecretFromTheEnvironment()
      throws Exception {
    HttpResponse<String> answer = clientCredentials("rights-service", RIGHTS_SECRET);

    assertThat(answer.statusCode()).isEqualTo(200);
    String accessToken = JSON.readTree(answer.body()).path("access_token").asText();
    JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]));
    assertThat(claims.path("aud").toString()).contains("rekisteri");
    assertThat(claims.path("realm_access").path("roles").toString()).contains("rights-processor");
  }

  private static HttpResponse<String> clientCredentials(String client, String secret)
      throws Exception {
    return token(
        Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", secret));
  }

  private static HttpResponse<String> token(Map<String, String> form) throws Exception {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(keycloak.issuer() + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
