package fi.rekisteri.rights.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The register's internal API with canned answers, on 127.0.0.1 and a free port. What it answers
 * depends on the requester's email, so that tests need no side channel into it:
 *
 * <ul>
 *   <li>{@code none-*}: no match; {@code two-*}: two matches; any other: one match, whose subject
 *       id is {@link #subjectId(String)}
 *   <li>{@code partial-*}: the erasure keeps invoices (PARTIALLY_ERASED)
 *   <li>{@code flaky-*}: the first two calls about the subject answer 503
 *   <li>{@code gone-*}: every call about the subject answers 404
 *   <li>a rectification to an email ending in {@code .invalid} answers 400 naming {@code email}
 * </ul>
 *
 * {@code GET /_fake/calls?subjectId=} lists the calls received about a subject.
 */
public final class FakeRegister {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SUBJECT_PATH =
      Pattern.compile("/api/v1/internal/subjects/([0-9a-f-]{36})/([a-z-]+)");

  private final HttpServer server;
  private final Map<UUID, String> emails = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<ObjectNode> calls = new ConcurrentLinkedQueue<>();

  private FakeRegister(HttpServer server) {
    this.server = server;
  }

  public static FakeRegister start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      FakeRegister fake = new FakeRegister(server);
      server.createContext("/", fake::handle);
      server.setExecutor(Executors.newFixedThreadPool(4));
      server.start();
      return fake;
    } catch (IOException e) {
      throw new IllegalStateException("fake register did not start", e);
    }
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public void stop() {
    server.stop(0);
  }

  /** The subject id the fake gives the only match of {@code email}. */
  public static UUID subjectId(String email) {
    return UUID.nameUUIDFromBytes(email.toLowerCase().getBytes(StandardCharsets.UTF_8));
  }

  public static UUID secondSubjectId(String email) {
    return UUID.nameUUIDFromBytes((email.toLowerCase() + "#2").getBytes(StandardCharsets.UTF_8));
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      String query = exchange.getRequestURI().getQuery();
      byte[] raw = exchange.getRequestBody().readAllBytes();
      JsonNode body = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
      if (path.equals("/_fake/calls")) {
        String subject = query == null ? "" : query.replace("subjectId=", "");
        ArrayNode list = JSON.createArrayNode();
        calls.stream().filter(c -> c.path("path").asText().contains(subject)).forEach(list::add);
        send(exchange, 200, list);
        return;
      }
      ObjectNode call = JSON.createObjectNode();
      call.put("method", method);
      call.put("path", path);
      call.put("query", query);
      call.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
      call.put("idempotencyKey", exchange.getRequestHeaders().getFirst("Idempotency-Key"));
      call.set("body", body);
      calls.add(call);
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      if (auth == null || !auth.startsWith("Bearer ")) {
        problem(exchange, 401, "Unauthorized", null);
        return;
      }
      if (path.equals("/api/v1/controller") && method.equals("GET")) {
        send(exchange, 200, controller());
        return;
      }
      if (path.equals("/api/v1/internal/subjects/search") && method.equals("POST")) {
        search(exchange, body);
        return;
      }
      Matcher matcher = SUBJECT_PATH.matcher(path);
      if (!matcher.matches()) {
        problem(exchange, 404, "Not found", null);
        return;
      }
      UUID subjectId = UUID.fromString(matcher.group(1));
      String email = emails.getOrDefault(subjectId, "");
      if (email.startsWith("gone-")) {
        problem(exchange, 404, "Not found", null);
        return;
      }
      if (flaky(email)) {
        problem(exchange, 503, "Service unavailable", null);
        return;
      }
      String requestId = body.path("requestId").asText(null);
      switch (matcher.group(2)) {
        case "export" -> send(exchange, 200, export(subjectId, email));
        case "rectify" -> rectify(exchange, body, requestId);
        case "erase" -> send(exchange, 200, erase(subjectId, email, requestId));
        case "restrict" -> send(exchange, 200, restriction(requestId, true));
        case "lift-restriction" -> send(exchange, 200, restriction(requestId, false));
        case "objection" -> {
          ObjectNode answer = JSON.createObjectNode();
          answer.put("requestId", requestId);
          answer.put("kind", body.path("kind").asText());
          send(exchange, 200, answer);
        }
        default -> problem(exchange, 404, "Not found", null);
      }
    } catch (RuntimeException e) {
      problem(exchange, 500, "Server error", null);
    }
  }

  private boolean flaky(String email) {
    return email.startsWith("flaky-")
        && failures.computeIfAbsent(email, e -> new AtomicInteger()).incrementAndGet() <= 2;
  }

  private void search(HttpExchange exchange, JsonNode body) throws IOException {
    String email = body.path("email").asText("").toLowerCase();
    if (flaky(email)) {
      problem(exchange, 503, "Service unavailable", null);
      return;
    }
    ObjectNode answer = JSON.createObjectNode();
    ArrayNode matches = answer.putArray("matches");
    if (!email.isEmpty() && !email.startsWith("none-")) {
      UUID first = subjectId(email);
      emails.put(first, email);
      match(matches, first, body, "Register Oy", email.startsWith("namesake-") ? "name" : "email");
      if (email.startsWith("two-")) {
        UUID second = secondSubjectId(email);
        emails.put(second, email);
        match(matches, second, body, "Toinen Oy", "name");
      }
    }
    send(exchange, 200, answer);
  }

  private static void match(
      ArrayNode matches, UUID id, JsonNode query, String organisation, String matchedOn) {
    ObjectNode match = matches.addObject();
    match.put("subjectId", id.toString());
    match.put("firstName", query.path("firstName").asText("Testi"));
    match.put("lastName", query.path("lastName").asText("Henkilö"));
    match.put("organisationName", organisation);
    match.putArray("matchedOn").add(matchedOn);
  }

  private static ObjectNode export(UUID subjectId, String email) {
    ObjectNode export = JSON.createObjectNode();
    export.put("subjectId", subjectId.toString());
    ObjectNode contact = export.putObject("contact");
    contact.put("firstName", "Maija");
    contact.put("lastName", "Meikäläinen");
    contact.put("email", email);
    contact.put("phone", "+358401234567");
    ObjectNode organisation = export.putObject("organisation");
    organisation.put("name", "Register Oy");
    organisation.put("businessId", "2077474-0");
    ObjectNode order = export.putArray("orders").addObject();
    order.put("orderNumber", "T-1001");
    order.put("orderedOn", "2025-05-02");
    order.put("total", "149.90");
    order.put("description", "Kaapelointi, 2 h, \"pikatyö\"");
    ObjectNode invoice = export.putArray("invoices").addObject();
    invoice.put("invoiceNumber", "L-2001");
    invoice.put("status", "OPEN");
    ObjectNode preference = export.putArray("preferences").addObject();
    preference.put("channel", "EMAIL");
    preference.put("directMarketingConsent", false);
    export.putArray("interactions");
    export.putObject("restriction").put("restricted", false);
    export.putObject("objection").put("directMarketing", false);
    export.putArray("disclosures");
    export.putObject("auditSummary").put("reads", 3);
    export.putArray("sources").addObject().put("channel", "WEB_FORM");
    return export;
  }

  private void rectify(HttpExchange exchange, JsonNode body, String requestId) throws IOException {
    JsonNode changes = body.path("changes");
    if (changes.path("email").asText("").endsWith(".invalid")) {
      problem(exchange, 400, "Invalid request", "email");
      return;
    }
    ObjectNode answer = JSON.createObjectNode();
    answer.put("requestId", requestId);
    ArrayNode changed = answer.putArray("changedFields");
    changes.fieldNames().forEachRemaining(changed::add);
    send(exchange, 200, answer);
  }

  private static ObjectNode erase(UUID subjectId, String email, String requestId) {
    boolean partial = email.startsWith("partial-");
    ObjectNode answer = JSON.createObjectNode();
    answer.put("requestId", requestId);
    answer.put("subjectId", subjectId.toString());
    answer.put("outcome", partial ? "PARTIALLY_ERASED" : "ERASED");
    ArrayNode erased = answer.putArray("erased");
    for (String category : List.of("contact", "interactions", "preferences")) {
      ObjectNode item = erased.addObject();
      item.put("category", category);
      item.put("action", category.equals("contact") && partial ? "ANONYMISED" : "DELETED");
    }
    ArrayNode kept = answer.putArray("kept");
    if (partial) {
      ObjectNode item = kept.addObject();
      item.put("category", "invoices");
      item.put("ground", "Kirjanpitolaki 2:10, tositteet 6 vuotta");
      item.put("legalBasis", "GDPR Art. 17(3)(b)");
      item.put("until", "2032-12-31");
    }
    answer.put("restricted", partial);
    return answer;
  }

  private static ObjectNode restriction(String requestId, boolean restricted) {
    ObjectNode answer = JSON.createObjectNode();
    answer.put("requestId", requestId);
    answer.put("restricted", restricted);
    return answer;
  }

  /** The register's answer: the profile in a version envelope, texts in fi and en. */
  private static ObjectNode controller() {
    ObjectNode view = JSON.createObjectNode();
    ObjectNode profile = view.putObject("profile");
    ObjectNode controller = profile.putObject("controller");
    controller.put("legalName", "Sähkö Testi Oy");
    controller.put("businessId", "2077474-0");
    controller.put("address", "Testikatu 1, 00100 Helsinki");
    controller.put("email", "tietosuoja@sahkotesti.example");
    ObjectNode purpose = profile.putArray("purposes").addObject();
    purpose.set("description", text("Asiakassuhteen hoito", "Customer relationship"));
    purpose.put("legalBasis", "CONTRACT");
    profile.putArray("dataCategories").add(text("Yhteystiedot", "Contact details"));
    profile.putArray("sources").add(text("Rekisteröity itse", "The data subject"));
    profile.putArray("recipients").add(party("Tilitoimisto Numero Oy", "Kirjanpito", "Accounting"));
    ArrayNode processors = profile.putArray("processors");
    processors.add(party("CRM-palvelu Oy", "Asiakasrekisteri", "Customer register"));
    processors.add(party("Uutiskirje Oy", "Uutiskirjeet", "Newsletters"));
    profile.set("transfers", text("Ei siirtoja", "No transfers"));
    profile.putArray("retention").add(text("10 vuotta", "10 years"));
    profile.set("automatedDecisions", text("Ei automaattisia päätöksiä", "No automated decisions"));
    view.put("versionNumber", 3);
    view.put("validFrom", "2026-01-01T00:00:00Z");
    view.put("version", 2);
    return view;
  }

  private static ObjectNode text(String fi, String en) {
    ObjectNode text = JSON.createObjectNode();
    text.put("fi", fi);
    text.put("en", en);
    return text;
  }

  private static ObjectNode party(String name, String roleFi, String roleEn) {
    ObjectNode party = JSON.createObjectNode();
    party.put("name", name);
    party.set("role", text(roleFi, roleEn));
    party.put("country", "FI");
    return party;
  }

  private static void problem(HttpExchange exchange, int status, String title, String field)
      throws IOException {
    ObjectNode problem = JSON.createObjectNode();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status);
    if (field != null) {
      problem.putArray("errors").addObject().put("field", field).put("message", "invalid");
    }
    exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
    write(exchange, status, problem);
  }

  private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    write(exchange, status, body);
  }

  private static void write(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
