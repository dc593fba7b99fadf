package fi.rekisteri.rights.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fake register answers exactly the register's golden files: every answer, normalised as the
 * register's {@code InternalApiGoldenTest} normalises the real one (the values the test sent become
 * their placeholders, other uuids, instants and dates {@code {{uuid}}}, {@code {{instant}}}, {@code
 * {{date}}}), equals its file in {@link FakeRegister#CONTRACTS}.
 */
class FakeRegisterContractTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern INSTANT =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Set<String> VOLATILE_NUMBERS = Set.of("version", "versionNumber");

  private static FakeRegister fake;

  @BeforeAll
  static void start() {
    fake = FakeRegister.start();
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
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(fake.url() + path))
              .header("Authorization", "Bearer test")
              .header("Content-Type", "application/json");
      request =
          body == null
              ? request.GET()
              : request.method(
                  method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as("%s %s", method, path).isEqualTo(status);
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void assertMatches(String golden, JsonNode answer, Map<String, String> known) {
    assertThat(normalise(answer, null, known))
        .as("the fake's answer for %s, normalised", golden)
        .isEqualTo(FakeRegister.golden(golden));
  }

  private static JsonNode normalise(JsonNode node, String field, Map<String, String> known) {
    if (node.isObject()) {
      ObjectNode copy = JSON.createObjectNode();
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> entry = fields.next();
        copy.set(entry.getKey(), normalise(entry.getValue(), entry.getKey(), known));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JSON.createArrayNode();
      node.forEach(item -> copy.add(normalise(item, null, known)));
      return copy;
    }
    if (node.isNumber() && VOLATILE_NUMBERS.contains(field)) {
      return TextNode.valueOf("{{int}}");
    }
    if (!node.isTextual()) {
      return node;
    }
    String text = node.asText();
    List<Map.Entry<String, String>> literals = new ArrayList<>(known.entrySet());
    literals.sort(
        Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
    for (Map.Entry<String, String> literal : literals) {
      text = text.replace(literal.getKey(), "{{" + literal.getValue() + "}}");
    }
    if (INSTANT.matcher(text).matches() && text.contains("T")) {
      return TextNode.valueOf("{{instant}}");
    }
    if (DATE.matcher(text).matches()) {
      return TextNode.valueOf("{{date}}");
    }
    return TextNode.valueOf(UUID_TEXT.matcher(text).replaceAll("{{uuid}}"));
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
    Map<String, Object> changes = Map.of("phone", "+358401112233");
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
    one.check(
        "mention-redact",
        call(
            "POST",
            mentions + "/" + UUID.randomUUID() + "/redact",
            Map.of("requestId", requestId),
            200),
        requestId,
        "requestId");
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
}
