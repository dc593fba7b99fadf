package fi.rekisteri.rights.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The register's internal API on 127.0.0.1 and a free port, answering only with the golden files
 * the register's own {@code InternalApiGoldenTest} records from the real API (in {@link
 * #CONTRACTS}), placeholders filled in: the subject id asked for, the request id sent, the email
 * and last name of the subject's search, fresh uuids and instants, today's dates and the voucher
 * rule of the register (31.12 of the issue year + 6). {@code FakeRegisterContractTest} checks that
 * the answers equal the golden files.
 *
 * <p>What it answers depends on the requester's email, so that tests need no side channel:
 *
 * <ul>
 *   <li>{@code none-*}: no match; {@code two-*}: one match on email and name and a namesake on name
 *       ({@link #secondSubjectId(String)}); {@code namesake-*}: one match on the name only; {@code
 *       namesakes-*}: two matches on the name only; any other: one match on email, whose subject id
 *       is {@link #subjectId(String)}
 *   <li>{@code partial-*}: the erasure keeps open invoices and vouchers (PARTIALLY_ERASED,
 *       restricted); {@code contactperson-*}: it keeps the contact-person role
 *   <li>{@code unchanged-*}: a rectification changes nothing; so does one with the same changes as
 *       an earlier one of the subject, as in the register
 *   <li>the ledger's recipients ({@code GET .../recipients}): {@code printed-*} only the printing
 *       house of a mailing-label list; {@code unlisted-*} none; any other the bookkeeper
 *       (INVOICES), the debt collector (an invoice in collection) and the newsletter processor (an
 *       EMAIL_MARKETING list)
 *   <li>{@code flaky-*}: the first two calls about the subject answer 503
 *   <li>{@code gone-*}: every call about the subject answers 404
 *   <li>{@code noemail-*}: the export's contact holds no email
 *   <li>a rectification to an email ending in {@code .invalid} (or without {@code @}) answers 400
 *       naming {@code changes.email}
 * </ul>
 *
 * A command repeated with the same request id answers as the first time (the register is idempotent
 * by request id). {@code GET /_fake/calls?subjectId=} lists the calls received about a subject.
 */
public final class FakeRegister {

  /** The register's golden files, from the rights-service module directory. */
  public static final Path CONTRACTS =
      Path.of("../register-service/src/test/resources/contracts/internal");

  /** What the fake fills in for the values the golden files leave open. */
  public static final String ORGANISATION_NAME = "Register Oy";

  public static final String BUSINESS_ID = "2077474-0";
  public static final String ORDER_NUMBER = "T-1001";
  public static final String INVOICE_NUMBER = "L-2001";
  public static final String LAST_NAME = "Meikäläinen";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  private static final Pattern SUBJECT_PATH =
      Pattern.compile("/api/v1/internal/subjects/([0-9a-f-]{36})/([a-z-]+)");

  /** GET .../mentions (golden mentions) and POST .../mentions/{mentionId}/redact. */
  private static final Pattern MENTIONS_PATH =
      Pattern.compile("/api/v1/internal/subjects/([0-9a-f-]{36})/mentions(/[0-9a-f-]{36}/redact)?");

  /** The last seven digits of the phone the golden mentions' passage shows. */
  public static final String MENTIONED_DIGITS = "1234567";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z]+)}}");

  private record Person(String email, String lastName) {}

  private final HttpServer server;
  private final Map<UUID, Person> people = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
  private final Map<String, JsonNode> commands = new ConcurrentHashMap<>();
  private final Map<UUID, JsonNode> rectified = new ConcurrentHashMap<>();
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

  /** The subject id the fake gives the only (or first) match of {@code email}. */
  public static UUID subjectId(String email) {
    return UUID.nameUUIDFromBytes(email.toLowerCase().getBytes(StandardCharsets.UTF_8));
  }

  /** The namesake of a {@code two-*} requester. */
  public static UUID secondSubjectId(String email) {
    return UUID.nameUUIDFromBytes((email.toLowerCase() + "#2").getBytes(StandardCharsets.UTF_8));
  }

  /** The voucher rule of the register: 31.12 of the issue year + 6; invoices here issue today. */
  /** The register keeps an email erased today as a keyed hash 5 years (its default policy). */
  public static LocalDate hashUntil() {
    return LocalDate.now(HELSINKI).plusYears(5);
  }

  public static LocalDate voucherUntil() {
    return LocalDate.of(LocalDate.now(HELSINKI).getYear() + 6, 12, 31);
  }

  /** The golden file {@code name}.json as stored, placeholders and all. */
  public static JsonNode golden(String name) {
    try {
      return JSON.readTree(
          Files.readString(CONTRACTS.resolve(name + ".json"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("no golden file " + name + " in " + CONTRACTS, e);
    }
  }

  /**
   * The golden file {@code name}.json as the register answers it about one subject on {@code now}:
   * every placeholder fixed (ids, times and the days that follow from them), so that a copy made of
   * it is the same on every run.
   */
  public static JsonNode answerAt(
      String name, UUID subjectId, String email, String requestId, Instant now) {
    Map<String, String> values = values(subjectId, new Person(email, LAST_NAME), requestId);
    LocalDate today = LocalDate.ofInstant(now, HELSINKI);
    values.put("uuid", UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
    values.put("instant", now.toString());
    values.put("date", today.toString());
    values.put("hashUntil", today.plusYears(5).toString());
    values.put("voucherUntil", LocalDate.of(today.getYear() + 6, 12, 31).toString());
    return fill(golden(name), values);
  }

  /** The golden file {@code name}.json as the fake answers it about one subject. */
  public static JsonNode answer(String name, UUID subjectId, String email, String requestId) {
    return fill(golden(name), values(subjectId, new Person(email, LAST_NAME), requestId));
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
        // as Quarkus: 401 without a body
        exchange.sendResponseHeaders(401, -1);
        return;
      }
      if (path.equals("/api/v1/controller") && method.equals("GET")) {
        send(exchange, 200, fill(golden("controller"), Map.of()));
        return;
      }
      if (path.equals("/api/v1/internal/subjects/search") && method.equals("POST")) {
        search(exchange, body);
        return;
      }
      Matcher mentions = MENTIONS_PATH.matcher(path);
      if (mentions.matches()) {
        UUID subjectId = UUID.fromString(mentions.group(1));
        Person person = people.getOrDefault(subjectId, new Person("", LAST_NAME));
        Map<String, String> values = values(subjectId, person, body.path("requestId").asText(""));
        values.put("digits", MENTIONED_DIGITS);
        send(
            exchange,
            200,
            fill(golden(mentions.group(2) == null ? "mentions" : "mention-redact"), values));
        return;
      }
      Matcher matcher = SUBJECT_PATH.matcher(path);
      if (!matcher.matches()) {
        problem(exchange, 404, "Not Found", Map.of("subjectId", ""));
        return;
      }
      UUID subjectId = UUID.fromString(matcher.group(1));
      Person person = people.getOrDefault(subjectId, new Person("", LAST_NAME));
      String email = person.email();
      if (email.startsWith("gone-")) {
        problem(exchange, 404, "Not found", Map.of("subjectId", subjectId.toString()));
        return;
      }
      if (flaky(email)) {
        problem(exchange, 503, "Service Unavailable", Map.of("subjectId", subjectId.toString()));
        return;
      }
      String operation = matcher.group(2);
      if (operation.equals("recipients") && method.equals("GET")) {
        send(exchange, 200, fill(golden(recipientsAnswer(email)), values(subjectId, person, "")));
        return;
      }
      if (operation.equals("export") && method.equals("GET")) {
        String requestId = query == null ? "" : query.replace("requestId=", "");
        JsonNode export = fill(golden("export"), values(subjectId, person, requestId));
        if (email.startsWith("noemail-")) {
          ((ObjectNode) export.path("contact")).putNull("email");
        }
        send(exchange, 200, export);
        return;
      }
      String requestId = body.path("requestId").asText("");
      String key = operation + " " + subjectId + " " + requestId;
      JsonNode previous = commands.get(key);
      if (previous != null) {
        send(exchange, 200, previous);
        return;
      }
      if (operation.equals("rectify")
          && invalidEmail(body.path("changes").path("email").asText(null))) {
        problem(exchange, 400, "Invalid request", Map.of());
        return;
      }
      String name =
          switch (operation) {
            case "rectify" -> rectifyAnswer(subjectId, email, body.path("changes"));
            case "erase" ->
                email.startsWith("partial-")
                    ? "erase-partial"
                    : email.startsWith("contactperson-") ? "erase-contact-person" : "erase-erased";
            case "restrict" -> "restrict";
            case "schedule-lift" -> "schedule-lift";
            case "lift-restriction" -> "lift-restriction";
            case "objection" ->
                "PARTICULAR_SITUATION".equals(body.path("kind").asText())
                    ? "objection-particular-situation"
                    : "objection-direct-marketing";
            default -> null;
          };
      if (name == null || !method.equals("POST")) {
        problem(exchange, 404, "Not found", Map.of("subjectId", subjectId.toString()));
        return;
      }
      JsonNode answer = fill(golden(name), values(subjectId, person, requestId));
      commands.put(key, answer);
      send(exchange, 200, answer);
    } catch (RuntimeException e) {
      problem(exchange, 500, "Internal Server Error", Map.of());
    }
  }

  /** The subject's disclosure ledger, by the requester's email (see the class comment). */
  private static String recipientsAnswer(String email) {
    if (email.startsWith("printed-")) {
      return "recipients-printing-house";
    }
    return email.startsWith("unlisted-") ? "recipients-none" : "recipients";
  }

  private static boolean invalidEmail(String email) {
    return email != null && (email.endsWith(".invalid") || !email.contains("@"));
  }

  /** As the register: only what differs from the current values counts as changed. */
  private String rectifyAnswer(UUID subjectId, String email, JsonNode changes) {
    JsonNode before = rectified.put(subjectId, changes);
    return email.startsWith("unchanged-") || changes.equals(before)
        ? "rectify-unchanged"
        : "rectify-changed";
  }

  private static Map<String, String> values(UUID subjectId, Person person, String requestId) {
    Map<String, String> values = new HashMap<>();
    values.put("subjectId", subjectId.toString());
    values.put("requestId", requestId);
    values.put("email", person.email());
    values.put("lastName", person.lastName());
    return values;
  }

  private boolean flaky(String email) {
    return email.startsWith("flaky-")
        && failures.computeIfAbsent(email, e -> new AtomicInteger()).incrementAndGet() <= 2;
  }

  private void search(HttpExchange exchange, JsonNode body) throws IOException {
    String email = body.path("email").asText("").toLowerCase();
    if (flaky(email)) {
      problem(exchange, 503, "Service Unavailable", Map.of());
      return;
    }
    String name;
    if (email.isEmpty() || email.startsWith("none-")) {
      name = "search-none";
    } else if (email.startsWith("two-")) {
      name = "search-two";
    } else if (email.startsWith("namesakes-")) {
      name = "search-namesakes";
    } else if (email.startsWith("namesake-")) {
      name = "search-name";
    } else {
      name = "search-email";
    }
    String lastName = body.path("lastName").asText(LAST_NAME);
    Person person = new Person(email, lastName);
    UUID first = subjectId(email);
    UUID second = secondSubjectId(email);
    if (!name.equals("search-none")) {
      people.put(first, person);
      people.put(second, person);
    }
    Map<String, String> values = values(first, person, "");
    values.put("secondSubjectId", second.toString());
    send(exchange, 200, fill(golden(name), values));
  }

  /** The golden file with its placeholders filled in; an unknown placeholder is an error. */
  static JsonNode fill(JsonNode template, Map<String, String> values) {
    if (template.isObject()) {
      ObjectNode copy = JSON.createObjectNode();
      Iterator<Map.Entry<String, JsonNode>> fields = template.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        copy.set(field.getKey(), fill(field.getValue(), values));
      }
      return copy;
    }
    if (template.isArray()) {
      ArrayNode copy = JSON.createArrayNode();
      template.forEach(item -> copy.add(fill(item, values)));
      return copy;
    }
    if (!template.isTextual()) {
      return template;
    }
    String text = template.asText();
    if (text.equals("{{int}}")) {
      return IntNode.valueOf(1);
    }
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(filled, Matcher.quoteReplacement(value(matcher.group(1), values)));
    }
    matcher.appendTail(filled);
    return TextNode.valueOf(filled.toString());
  }

  private static String value(String placeholder, Map<String, String> values) {
    if (values.containsKey(placeholder)) {
      return values.get(placeholder);
    }
    return switch (placeholder) {
      case "uuid" -> UUID.randomUUID().toString();
      case "instant" -> Instant.now().toString();
      case "date" -> LocalDate.now(HELSINKI).toString();
      case "voucherUntil" -> voucherUntil().toString();
      case "hashUntil" -> hashUntil().toString();
      case "organisationName" -> ORGANISATION_NAME;
      case "businessId" -> BUSINESS_ID;
      case "orderNumber" -> ORDER_NUMBER;
      case "invoiceNumber" -> INVOICE_NUMBER;
      default -> throw new IllegalStateException("no value for {{" + placeholder + "}}");
    };
  }

  /**
   * A problem in the register's shape: the 404 and 400 are its golden files; a 503 or 500, which
   * the register itself does not answer, takes the shape of its 404.
   */
  private static void problem(
      HttpExchange exchange, int status, String title, Map<String, String> values)
      throws IOException {
    JsonNode problem;
    if (status == 400) {
      problem = fill(golden("rectify-invalid"), values);
    } else {
      ObjectNode shaped = (ObjectNode) fill(golden("not-found"), values);
      if (status != 404) {
        shaped.put("title", title);
        shaped.put("status", status);
        shaped.put("detail", title);
      }
      problem = shaped;
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
