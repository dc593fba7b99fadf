package fi.rekisteri.rights.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import fi.rekisteri.stack.GoldenNormaliser;
import fi.rekisteri.stack.TestStack;
import fi.rekisteri.stack.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fake register answers exactly the register's golden files: every answer, normalised as the
 * register's {@code InternalApiGoldenTest} normalises the real one (by the same {@link
 * GoldenNormaliser}: the values the test sent become their placeholders, the same other uuid the
 * same {@code {{idN}}}, the same date the same {@code {{dateN}}}, instants {@code {{instant}}}),
 * equals its file in {@link FakeRegister#CONTRACTS}. It refuses what the register refuses, with the
 * register's answers: no token or a token not for the register (401), a token of another client
 * (403), a body or parameter its OpenAPI document does not allow (400 naming the field); and it
 * keeps each refusal as a contract violation.
 *
 * <p>A {@code @QuarkusTest} only to share the tests' Keycloak (started with {@link RightsStack}),
 * whose tokens the fake checks; it starts a fake of its own.
 */
@QuarkusTest
@WithTestResource(RightsStack.class)
class FakeRegisterContractTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static FakeRegister fake;

  @BeforeAll
  static void start() {
    fake = FakeRegister.start(TestStack.keycloak().issuer());
  }

  @AfterAll
  static void stop() {
    fake.stop();
  }

  /** One requester of the fake, found by a search, and the values the golden files leave open. */
  private static final class Subject {
    final String email;
    final String lastName = "Meikäläinen-" + UUID.randomUUID().toString().substring(0, 8);
    final UUID id;
    final Map<String, String> known = new LinkedHashMap<>();

    Subject(String prefix) {
      email = prefix + "-" + UUID.randomUUID() + "@example.test";
      id = FakeRegister.subjectId(email);
      known.put(id.toString(), "subjectId");
      known.put(email, "email");
      known.put(lastName, "lastName");
    }

    JsonNode search() {
      return call(
          "POST",
          "/api/v1/internal/subjects/search",
          Map.of("email", email, "firstName", "Maija", "lastName", lastName),
          200);
    }

    JsonNode command(String operation, Map<String, Object> body, int status) {
      return call("POST", "/api/v1/internal/subjects/" + id + "/" + operation, body, status);
    }

    void check(String golden, JsonNode answer, String... more) {
      Map<String, String> values = new LinkedHashMap<>(known);
      for (int i = 0; i < more.length; i += 2) {
        values.put(more[i], more[i + 1]);
      }
      assertMatches(golden, answer, values);
    }
  }

  private static JsonNode call(String method, String path, Object body, int status) {
    return call(method, path, body, "Bearer " + TestTokens.rightsService(), status);
  }

  private static JsonNode call(
      String method, String path, Object body, String authorization, int status) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(fake.url() + path))
              .header("Content-Type", "application/json");
      if (authorization != null) {
        request = request.header("Authorization", authorization);
      }
      request =
          body == null
              ? request.GET()
              : request.method(
                  method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as("%s %s", method, path).isEqualTo(status);
      if (status >= 400) {
        assertThat(response.headers().firstValue("Content-Type"))
            .as("%s %s", method, path)
            .hasValue("application/problem+json");
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** What the fake kept as contract violations since the last read. */
  private static List<String> violations() {
    List<String> list = new ArrayList<>();
    call("GET", "/_fake/violations", null, null, 200).forEach(v -> list.add(v.asText()));
    return list;
  }

  private static void assertMatches(String golden, JsonNode answer, Map<String, String> known) {
    GoldenNormaliser normaliser = new GoldenNormaliser();
    known.forEach(normaliser::known);
    assertThat(normaliser.normalise(answer))
        .as("the fake's answer for %s, normalised", golden)
        .isEqualTo(FakeRegister.golden(golden));
  }

  @Test
  void givenEachSearchScenario_whenSearched_thenItsGoldenFile() {
    Subject one = new Subject("one");
    one.check("search-email", one.search());
    Subject namesake = new Subject("namesake");
    namesake.check("search-name", namesake.search());
    Subject two = new Subject("two");
    two.check(
        "search-two",
        two.search(),
        FakeRegister.secondSubjectId(two.email).toString(),
        "secondSubjectId",
        FakeRegister.ORGANISATION_NAME,
        "organisationName");
    Subject namesakes = new Subject("namesakes");
    namesakes.check(
        "search-namesakes",
        namesakes.search(),
        FakeRegister.secondSubjectId(namesakes.email).toString(),
        "secondSubjectId");
    Subject none = new Subject("none");
    none.check("search-none", none.search());
  }

  @Test
  void givenSubjectFound_whenExported_thenGoldenExport() {
    Subject one = new Subject("one");
    one.search();
    String requestId = UUID.randomUUID().toString();

    JsonNode export =
        call(
            "GET",
            "/api/v1/internal/subjects/" + one.id + "/export?requestId=" + requestId,
            null,
            200);

    one.check(
        "export",
        export,
        requestId,
        "requestId",
        FakeRegister.ORGANISATION_NAME,
        "organisationName",
        FakeRegister.BUSINESS_ID,
        "businessId",
        FakeRegister.ORDER_NUMBER,
        "orderNumber",
        FakeRegister.INVOICE_NUMBER,
        "invoiceNumber");
  }

  @Test
  void givenChangesThenTheSameAgainThenAnInvalidEmail_whenRectified_thenChangedUnchangedProblem() {
    Subject one = new Subject("one");
    one.search();
    // the changes of the register's golden test: a phone and a postal address
    Map<String, Object> changes =
        Map.of(
            "phone",
            "+358401112233",
            "postalAddress",
            Map.of("street", "Uusikatu 1", "postalCode", "00100", "city", "Helsinki"));
    String first = UUID.randomUUID().toString();
    String again = UUID.randomUUID().toString();

    one.check(
        "rectify-changed",
        one.command("rectify", Map.of("requestId", first, "changes", changes), 200),
        first,
        "requestId");
    one.check(
        "rectify-unchanged",
        one.command("rectify", Map.of("requestId", again, "changes", changes), 200),
        again,
        "requestId");
    one.check(
        "rectify-invalid",
        one.command(
            "rectify",
            Map.of("requestId", "x", "changes", Map.of("email", "maija@register.invalid")),
            400));
  }

  @Test
  void givenEachErasureScenario_whenErased_thenItsGoldenFile() {
    for (String[] scenario :
        new String[][] {
          {"one", "erase-erased"},
          {"partial", "erase-partial"},
          {"contactperson", "erase-contact-person"}
        }) {
      Subject subject = new Subject(scenario[0]);
      subject.search();
      String requestId = UUID.randomUUID().toString();
      subject.check(
          scenario[1],
          subject.command("erase", Map.of("requestId", requestId), 200),
          requestId,
          "requestId",
          FakeRegister.voucherUntil().toString(),
          "voucherUntil",
          FakeRegister.hashUntil().toString(),
          "hashUntil");
    }
  }

  @Test
  void givenSubject_whenRestrictedOrObjected_thenTheirGoldenFiles() {
    Subject one = new Subject("one");
    one.search();
    String[] ids = {
      UUID.randomUUID().toString(),
      UUID.randomUUID().toString(),
      UUID.randomUUID().toString(),
      UUID.randomUUID().toString()
    };

    one.check(
        "restrict",
        one.command("restrict", Map.of("requestId", ids[0], "reason", "contested"), 200),
        ids[0],
        "requestId");
    one.check(
        "lift-restriction",
        one.command("lift-restriction", Map.of("requestId", ids[1]), 200),
        ids[1],
        "requestId");
    one.check(
        "objection-direct-marketing",
        one.command("objection", Map.of("requestId", ids[2], "kind", "DIRECT_MARKETING"), 200),
        ids[2],
        "requestId");
    one.check(
        "objection-particular-situation",
        one.command(
            "objection",
            Map.of("requestId", ids[3], "kind", "PARTICULAR_SITUATION", "situation", "muutto"),
            200),
        ids[3],
        "requestId");
  }

  @Test
  void givenSubject_whenMentionsReadAndOneRedacted_thenTheirGoldenFiles() {
    Subject one = new Subject("one");
    one.search();
    one.known.put(FakeRegister.MENTIONED_DIGITS, "digits");
    String mentions = "/api/v1/internal/subjects/" + one.id + "/mentions";
    one.check("mentions", call("GET", mentions, null, 200));
    String requestId = UUID.randomUUID().toString();
    String mentionId = UUID.randomUUID().toString();
    one.check(
        "mention-redact",
        call("POST", mentions + "/" + mentionId + "/redact", Map.of("requestId", requestId), 200),
        requestId,
        "requestId",
        mentionId,
        "mentionId");
  }

  @Test
  void givenEachLedgerScenario_whenRecipientsRead_thenItsGoldenFile() {
    for (String[] scenario :
        new String[][] {
          {"one", "recipients"},
          {"printed", "recipients-printing-house"},
          {"unlisted", "recipients-none"}
        }) {
      Subject subject = new Subject(scenario[0]);
      subject.search();
      subject.check(
          scenario[1],
          call("GET", "/api/v1/internal/subjects/" + subject.id + "/recipients", null, 200));
    }
  }

  @Test
  void givenControllerOrUnknownPath_whenCalled_thenTheirGoldenFiles() {
    assertMatches("controller", call("GET", "/api/v1/controller", null, 200), Map.of());
    Subject gone = new Subject("gone");
    gone.search();
    gone.check("not-found", gone.command("erase", Map.of("requestId", "x"), 404));
  }

  @Test
  void givenOnlyAPhone_whenRectified_thenOnlyThePhoneChangedFromTheContact() {
    Subject one = new Subject("one");
    one.search();
    String requestId = UUID.randomUUID().toString();

    JsonNode answer =
        one.command(
            "rectify",
            Map.of("requestId", requestId, "changes", Map.of("phone", "+358401112233")),
            200);

    assertThat(answer.path("changedFields")).containsExactly(TextNode.valueOf("phone"));
    assertThat(answer.path("sources"))
        .isEqualTo(FakeRegister.golden("rectify-changed").path("sources"));
    // a change of only the statement has no source to tell; an order's change names the order
    JsonNode statement =
        one.command(
            "rectify",
            Map.of(
                "requestId",
                UUID.randomUUID().toString(),
                "changes",
                Map.of("supplementaryStatement", "Puhelinnumeroni on oikea.")),
            200);
    assertThat(statement.path("changedFields"))
        .containsExactly(TextNode.valueOf("supplementaryStatement"));
    assertThat(statement.path("sources")).isEmpty();
  }

  @Test
  void givenTheMergePatchOfTheRegistersGoldenTest_whenRectified_thenItsGoldenFile() {
    Subject one = new Subject("one");
    one.search();
    String requestId = UUID.randomUUID().toString();
    String orderNumber = "T-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> changes = new LinkedHashMap<>();
    changes.put("postalAddress", null);
    changes.put("title", "Toimitusjohtaja");
    changes.put("organisationId", UUID.randomUUID().toString());
    changes.put("supplementaryStatement", "Olen toimittanut oikeat tiedot kirjeellä.");
    changes.put("orders", Map.of(orderNumber, Map.of("summary", "Kaapelointi, 3 h")));

    one.check(
        "rectify-merge",
        one.command("rectify", Map.of("requestId", requestId, "changes", changes), 200),
        requestId,
        "requestId",
        orderNumber,
        "orderNumber");
  }

  @Test
  void givenNoTokenOrOneNotForTheRegister_whenCalled_thenTheRegistersUnauthorizedAndAViolation() {
    Subject one = new Subject("one");
    one.search();
    violations();
    String erase = "/api/v1/internal/subjects/" + one.id + "/erase";
    Map<String, Object> body = Map.of("requestId", UUID.randomUUID().toString());
    String rightsService = TestTokens.rightsService();
    String[] parts = rightsService.split("\\.");
    String[] refused = {
      null,
      "Basic cmlnaHRzLXNlcnZpY2U6c2VjcmV0",
      "Bearer not-a-token",
      // signed by the realm, but for another audience
      "Bearer " + TestTokens.foreignAudience(),
      // the rights service's own claims with another signature
      "Bearer " + parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse()
    };

    for (String authorization : refused) {
      assertMatches("unauthorized", call("POST", erase, body, authorization, 401), Map.of());
    }
    assertMatches("unauthorized", call("GET", "/api/v1/controller", null, null, 401), Map.of());

    assertThat(violations()).hasSize(refused.length + 1).allMatch(v -> v.contains("401"));
    assertThat(FakeRegister.golden("unauthorized").path("status").asInt()).isEqualTo(401);
  }

  @Test
  void givenATokenThatHasExpired_whenCalled_thenTheRegistersUnauthorized() throws Exception {
    // the fixture client short-lived-app (role dpo, audience rekisteri): its tokens live 5 s
    String token = TestTokens.shortLived();
    long exp =
        JSON.readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]))
            .path("exp")
            .asLong();
    call("GET", "/api/v1/controller", null, "Bearer " + token, 200);
    while (java.time.Instant.now().getEpochSecond() <= exp) {
      Thread.sleep(200);
    }

    assertMatches(
        "unauthorized", call("GET", "/api/v1/controller", null, "Bearer " + token, 401), Map.of());
    assertThat(violations()).anyMatch(v -> v.contains("401"));
  }

  @Test
  void givenATokenOfAnotherClientOrWithoutTheRole_whenCalled_thenTheRegistersForbidden() {
    Subject one = new Subject("one");
    one.search();
    violations();
    String recipients = "/api/v1/internal/subjects/" + one.id + "/recipients";

    // a user of the public client given rights-processor: the role, but not the client
    assertMatches(
        "forbidden",
        call("GET", recipients, null, "Bearer " + TestTokens.user("internal-impostor"), 403),
        Map.of());
    assertMatches(
        "forbidden",
        call("GET", recipients, null, "Bearer " + TestTokens.user("dpo"), 403),
        Map.of());
    // the controller profile takes any of its roles, but not a data subject's
    call("GET", "/api/v1/controller", null, "Bearer " + TestTokens.user("dpo"), 200);
    assertMatches(
        "forbidden",
        call("GET", "/api/v1/controller", null, "Bearer " + TestTokens.user("maija"), 403),
        Map.of());

    assertThat(violations()).hasSize(3).allMatch(v -> v.contains("403"));
    assertThat(FakeRegister.golden("forbidden").path("status").asInt()).isEqualTo(403);
  }

  @Test
  void givenBodiesOrParametersAgainstTheRegistersDocument_thenBadRequestNamingTheField() {
    Subject one = new Subject("one");
    one.search();
    violations();

    one.check(
        "invalid-body",
        one.command("erase", Map.of("requestId", "r-1", "reason", "x"), 400),
        "reason",
        "field");
    assertThat(
            one.command("restrict", Map.of("requestId", "r-2", "cause", "BECAUSE"), 400)
                .findValuesAsText("field"))
        .containsOnly("cause");
    assertThat(one.command("erase", Map.of(), 400).findValuesAsText("field"))
        .containsExactly("requestId");
    assertThat(
            call("POST", "/api/v1/internal/subjects/search", Map.of("email", "x".repeat(300)), 400)
                .findValuesAsText("field"))
        .containsExactly("email");
    assertThat(
            call(
                    "GET",
                    "/api/v1/internal/subjects/" + one.id + "/export?requestId=" + "r".repeat(101),
                    null,
                    400)
                .findValuesAsText("field"))
        .containsExactly("requestId");
    JsonNode shape = FakeRegister.golden("invalid-body");
    JsonNode answer = one.command("erase", Map.of("requestId", 7), 400);
    assertThat(answer.path("type")).isEqualTo(shape.path("type"));
    assertThat(answer.path("detail")).isEqualTo(shape.path("detail"));
    assertThat(answer.findValuesAsText("field")).containsExactly("requestId");

    assertThat(violations())
        .hasSizeGreaterThanOrEqualTo(6)
        .anyMatch(v -> v.contains("body reason (additionalProperties)"))
        .anyMatch(v -> v.contains("query requestId"));
    // what the document allows still passes
    one.command("erase", Map.of("requestId", UUID.randomUUID().toString()), 200);
    assertThat(violations()).isEmpty();
  }
}
