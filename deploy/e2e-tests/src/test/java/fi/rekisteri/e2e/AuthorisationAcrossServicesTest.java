package fi.rekisteri.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.rekisteri.stack.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The authorisation matrix of both running services, from their published contracts: every
 * operation of each service's /q/openapi against every caller (no token, each demo user, the user
 * given the machine role, the rights service's client token, and a correctly signed token of the
 * same realm without our audience). Each operation's documented roles decide: a caller with one of
 * them gets past security (neither 401 nor 403), a caller without gets 403 problem+json, no token
 * and the foreign token get 401. The register's internal commands take only the rights service's
 * client token. Then another person's ids: a data subject never reaches someone else's request.
 */
class AuthorisationAcrossServicesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final String NO_TOKEN = "no token";
  private static final String RIGHTS_CLIENT = "client rights-service";
  private static final String FOREIGN = "client foreign-app (no audience rekisteri)";

  /**
   * The only operations without a login: the privacy notice, and the one-time code a requester
   * without an account enters (see docs/operations.md; rate limited, answers the same for an
   * unknown request).
   */
  private static final Set<String> PUBLIC =
      Set.of("GET /privacy-notice", "GET /api/v1/privacy-notice", "POST /api/v1/verifications");

  /** Each caller's realm roles; the foreign token has roles too, only its audience is wrong. */
  private static final Map<String, Set<String>> ROLES = new LinkedHashMap<>();

  static {
    ROLES.put(NO_TOKEN, Set.of());
    ROLES.put("sales", Set.of("sales"));
    ROLES.put("accounting", Set.of("accounting"));
    ROLES.put("dpo", Set.of("dpo"));
    ROLES.put("admin", Set.of("admin"));
    ROLES.put("maija", Set.of("data-subject"));
    ROLES.put("matti", Set.of("data-subject"));
    ROLES.put("internal-impostor", Set.of("rights-processor"));
    ROLES.put(RIGHTS_CLIENT, Set.of("rights-processor"));
    ROLES.put(FOREIGN, Set.of("dpo", "admin", "rights-processor"));
  }

  private record Operation(
      String service, String base, String method, String path, JsonNode roles) {

    /** Only {@link #PUBLIC} is (the sales tools' /q/openapi is not an operation). */
    boolean secured() {
      return !PUBLIC.contains(method + " " + path);
    }

    String label() {
      return service + " " + method + " " + path;
    }
  }

  @BeforeAll
  static void startPlatform() {
    Platform.start();
  }

  private static String token(String caller) {
    return switch (caller) {
      case NO_TOKEN -> null;
      case RIGHTS_CLIENT -> TestTokens.rightsService();
      case FOREIGN -> TestTokens.foreignAudience();
      default -> TestTokens.user(caller);
    };
  }

  private static List<Operation> operations(String service, String base) throws Exception {
    HttpResponse<String> document =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/q/openapi?format=json")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(document.statusCode()).isEqualTo(200);
    JsonNode paths = JSON.readTree(document.body()).path("paths");
    List<Operation> operations = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      for (String method : List.of("get", "post", "put", "patch", "delete")) {
        JsonNode operation = path.getValue().get(method);
        if (operation == null) {
          continue;
        }
        JsonNode security = operation.path("security");
        JsonNode roles = null;
        if (security.isArray() && !security.isEmpty()) {
          roles = security.get(0).elements().next();
        }
        operations.add(new Operation(service, base, method.toUpperCase(), path.getKey(), roles));
      }
    }
    return operations;
  }

  private static HttpResponse<String> call(Operation operation, String caller, String path)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(operation.base() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json, */*;q=0.5");
    String token = token(caller);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (operation.method().equals("GET") || operation.method().equals("DELETE")) {
      request.method(operation.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      // a body no operation accepts: an allowed caller gets a 400, nothing is stored anywhere
      request
          .header("Content-Type", "application/json")
          .method(operation.method(), HttpRequest.BodyPublishers.ofString("[]"));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String withIds(String path, Supplier<String> id) {
    return path.replaceAll("\\{[^}]+}", id.get());
  }

  private static String expected(Operation operation, String caller) {
    if (!operation.secured()) {
      return "allowed";
    }
    if (caller.equals(NO_TOKEN) || caller.equals(FOREIGN)) {
      return "401";
    }
    if (operation.path().startsWith("/api/v1/internal/")) {
      return caller.equals(RIGHTS_CLIENT) ? "allowed" : "403";
    }
    if (operation.roles() == null) {
      return "documented roles"; // a secured operation must say who may call it
    }
    if (operation.roles().isEmpty()) {
      return "allowed"; // any login, about itself
    }
    for (JsonNode role : operation.roles()) {
      if (ROLES.get(caller).contains(role.asText())) {
        return "allowed";
      }
    }
    return "403";
  }

  @Test
  void givenEveryOperationOfBothServices_whenEveryCallerCalls_thenTheContractsRolesHold()
      throws Exception {
    List<Operation> operations = new ArrayList<>();
    operations.addAll(operations("register", Platform.register()));
    operations.addAll(operations("rights", Platform.rights()));
    assertThat(operations).hasSizeGreaterThan(60);
    assertThat(operations.stream().filter(Operation::secured)).hasSizeGreaterThan(60);

    List<String> wrong = new ArrayList<>();
    int cells = 0;
    for (Operation operation : operations) {
      String path = withIds(operation.path(), () -> UUID.randomUUID().toString());
      for (String caller : ROLES.keySet()) {
        if (!operation.secured() && caller.equals(FOREIGN)) {
          continue;
        }
        String expected = expected(operation, caller);
        HttpResponse<String> response = call(operation, caller, path);
        int status = response.statusCode();
        cells++;
        boolean ok =
            switch (expected) {
              case "401" -> status == 401;
              case "403" ->
                  status == 403
                      && response
                          .headers()
                          .firstValue("Content-Type")
                          .orElse("")
                          .startsWith("application/problem+json");
              case "allowed" -> status != 401 && status != 403 && status < 500;
              default -> false;
            };
        if (!ok) {
          wrong.add(
              operation.label() + " as " + caller + ": expected " + expected + ", got " + status);
        }
      }
    }
    assertThat(wrong).as("cells that break the rule (of %d)", cells).isEmpty();
  }

  @Test
  void givenAnotherPersonsRequest_whenADataSubjectUsesItsId_thenNotFoundAsIfItDidNotExist()
      throws Exception {
    Operation file =
        new Operation("rights", Platform.rights(), "POST", "/api/v1/me/requests", null);
    HttpResponse<String> filed =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(file.base() + file.path()))
                .header("Authorization", "Bearer " + TestTokens.user("matti"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"type\":\"ACCESS\",\"language\":\"fi\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    String id = JSON.readTree(filed.body()).path("id").asText();
    try {
      List<String> wrong = new ArrayList<>();
      for (Operation operation : operations("rights", Platform.rights())) {
        if (!operation.path().startsWith("/api/v1/me/requests/{")) {
          continue;
        }
        // her answer with his id must be the answer to an id that exists nowhere
        String his =
            withIds(
                operation.path().replaceFirst("\\{[^}]+}", id), () -> UUID.randomUUID().toString());
        String nobodys = withIds(operation.path(), () -> UUID.randomUUID().toString());
        int withHis = call(operation, "maija", his).statusCode();
        int withNobodys = call(operation, "maija", nobodys).statusCode();
        if (withHis != withNobodys || withHis < 400) {
          wrong.add(
              operation.label()
                  + " as maija: "
                  + withHis
                  + " with matti's id, "
                  + withNobodys
                  + " with an unknown id");
        }
      }
      assertThat(wrong).isEmpty();
      Operation read =
          new Operation("rights", Platform.rights(), "GET", "/api/v1/me/requests/{id}", null);
      assertThat(call(read, "matti", "/api/v1/me/requests/" + id).statusCode()).isEqualTo(200);
    } finally {
      HTTP.send(
          HttpRequest.newBuilder(
                  URI.create(Platform.rights() + "/api/v1/me/requests/" + id + "/withdraw"))
              .header("Authorization", "Bearer " + TestTokens.user("matti"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"Testi\"}"))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  @Test
  void givenACorrectlySignedTokenWithoutOurAudience_whenCallingEitherService_then401()
      throws Exception {
    Operation contacts =
        new Operation("register", Platform.register(), "GET", "/api/v1/contacts", null);
    Operation queue = new Operation("rights", Platform.rights(), "GET", "/api/v1/requests", null);
    // the same realm, the same signing key, roles that would admit: only the audience is wrong
    assertThat(call(contacts, "dpo", "/api/v1/contacts").statusCode()).isEqualTo(200);
    assertThat(call(contacts, FOREIGN, "/api/v1/contacts").statusCode()).isEqualTo(401);
    assertThat(call(queue, "dpo", "/api/v1/requests").statusCode()).isEqualTo(200);
    assertThat(call(queue, FOREIGN, "/api/v1/requests").statusCode()).isEqualTo(401);
  }
}
