package fi.rekisteri.rights.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fi.rekisteri.stack.OpenApiValidator;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

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
 * A rectification answers with the fields it changed, in the register's order, and their sources
 * (the contact's, each changed order's), shaped as the golden files {@code rectify-changed} and
 * {@code rectify-merge}: a field counts as changed unless the subject's last rectification set it
 * to the same value. A redacted mention is the one the path names.
 *
 * <p>Like the register it takes only the rights service's own token: a call without a bearer token,
 * or with one that is not a valid token of the test realm for the audience rekisteri (signature by
 * the realm's keys, issuer, expiry), answers 401; under {@code /api/v1/internal/} a token that does
 * not hold rights-processor or was not issued to the client rights-service answers 403, and so does
 * one without any of the controller profile's roles at {@code GET /api/v1/controller}: the golden
 * files {@code unauthorized} and {@code forbidden}. Each request is then checked against the
 * register's committed OpenAPI document ({@link #DOCUMENT}, by the tests' {@link
 * OpenApiValidator}): an undocumented operation answers 404, a parameter or body that breaks the
 * document 400 naming each field (the golden file {@code invalid-body}). Each refusal is also kept
 * as a contract violation of the rights service's client: {@code GET /_fake/violations} returns and
 * forgets them, and every rights test fails on any ({@link FakeRegisterCheck}).
 *
 * <p>A command repeated with the same request id answers as the first time (the register is
 * idempotent by request id). {@code GET /_fake/calls?subjectId=} lists the calls received about a
 * subject.
 */
public final class FakeRegister {

  /** The register's golden files, from the rights-service module directory. */
  public static final Path CONTRACTS =
      Path.of("../register-service/src/test/resources/contracts/internal");

  /** The register's committed OpenAPI document, from the rights-service module directory. */
  public static final Path DOCUMENT = Path.of("../register-service/src/main/openapi/openapi.yaml");

  /** What the register demands of a token (its application.properties and InternalCaller). */
  static final String AUDIENCE = "rekisteri";

  static final String INTERNAL_CLIENT = "rights-service";
  static final String INTERNAL_ROLE = "rights-processor";

  /** The roles of the register's GET /api/v1/controller (ControllerProfileResource). */
  static final Set<String> CONTROLLER_ROLES =
      Set.of("sales", "accounting", "dpo", "admin", INTERNAL_ROLE);

  private static final OpenApiValidator REGISTER_API =
      OpenApiValidator.of("register-service", DOCUMENT);

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

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z]+)(\\d*)}}");

  /** The contact fields a rectification changes, in the order the register lists them. */
  private static final List<String> CONTACT_FIELDS =
      List.of(
          "firstName",
          "lastName",
          "title",
          "organisationId",
          "email",
          "phone",
          "postalAddress",
          "billingAddress",
          "worksite",
          "caseNumber",
          "notes");

  private static final String STATEMENT = "supplementaryStatement";

  private record Person(String email, String lastName) {}

  private final HttpServer server;
  private final JwtConsumer tokens;
  private final Map<UUID, Person> people = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
  private final Map<String, JsonNode> commands = new ConcurrentHashMap<>();

  /**
   * Per subject, the value each field (orders: {@code orders.<number>.<field>}) was last set to.
   */
  private final Map<UUID, Map<String, JsonNode>> rectified = new ConcurrentHashMap<>();

  private final ConcurrentLinkedQueue<ObjectNode> calls = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();

  private FakeRegister(HttpServer server, String issuer) {
    this.server = server;
    this.tokens =
        new JwtConsumerBuilder()
            .setVerificationKeyResolver(
                new HttpsJwksVerificationKeyResolver(
                    new HttpsJwks(issuer + "/protocol/openid-connect/certs")))
            .setJwsAlgorithmConstraints(
                AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
            .setRequireExpirationTime()
            .setExpectedIssuer(issuer)
            .setExpectedAudience(AUDIENCE)
            .build();
  }

  /** The fake on a free port, taking the tokens of the realm at {@code issuer} as the register. */
  public static FakeRegister start(String issuer) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      FakeRegister fake = new FakeRegister(server, issuer);
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
    // the normaliser's numbered placeholders, the same on every run as the rest
    for (int n = 1; n <= 100; n++) {
      values.put(
          "id" + n,
          UUID.nameUUIDFromBytes((name + ":id" + n).getBytes(StandardCharsets.UTF_8)).toString());
      values.put("date" + n, today.plusDays(n - 1L).toString());
    }
    return fill(golden(name), values);
  }

  /** The golden file {@code name}.json as the fake answers it about one subject. */
  public static JsonNode answer(String name, UUID subjectId, String email, String requestId) {
    return fill(golden(name), values(subjectId, new Person(email, LAST_NAME), requestId));
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      String query = exchange.getRequestURI().getRawQuery();
      byte[] raw = exchange.getRequestBody().readAllBytes();
      if (path.equals("/_fake/calls")) {
        String subject = query == null ? "" : query.replace("subjectId=", "");
        ArrayNode list = JSON.createArrayNode();
        calls.stream().filter(c -> c.path("path").asText().contains(subject)).forEach(list::add);
        send(exchange, 200, list);
        return;
      }
      if (path.equals("/_fake/violations")) {
        ArrayNode list = JSON.createArrayNode();
        for (String violation = violations.poll();
            violation != null;
            violation = violations.poll()) {
          list.add(violation);
        }
        send(exchange, 200, list);
        return;
      }
      JsonNode body;
      try {
        body = raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw);
      } catch (IOException e) {
        body = TextNode.valueOf(new String(raw, StandardCharsets.UTF_8));
      }
      ObjectNode call = JSON.createObjectNode();
      call.put("method", method);
      call.put("path", path);
      call.put("query", query);
      call.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
      call.put("idempotencyKey", exchange.getRequestHeaders().getFirst("Idempotency-Key"));
      call.set("body", body);
      calls.add(call);
      String where = method + " " + path;
      int refused = authorise(exchange.getRequestHeaders().getFirst("Authorization"), method, path);
      if (refused != 0) {
        violations.add(
            where + ": " + refused + (refused == 401 ? " no valid token" : " forbidden"));
        problem(exchange, refused, "", Map.of());
        return;
      }
      List<OpenApiValidator.Violation> broken =
          REGISTER_API.requestViolations(
              method,
              path,
              query,
              exchange.getRequestHeaders().getFirst("Content-Type"),
              raw.length == 0 ? null : new String(raw, StandardCharsets.UTF_8));
      if (!broken.isEmpty()) {
        broken.forEach(
            v ->
                violations.add(
                    where
                        + ": "
                        + v.in()
                        + " "
                        + v.field()
                        + " ("
                        + v.keyword()
                        + "): "
                        + v.message()));
        invalid(exchange, broken);
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
        if (mentions.group(2) != null) {
          values.put("mentionId", mentions.group(2).substring(1, 37));
        }
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
      if (operation.equals("rectify") && method.equals("POST")) {
        JsonNode answer = rectify(subjectId, person, requestId, body.path("changes"));
        commands.put(key, answer);
        send(exchange, 200, answer);
        return;
      }
      String name =
          switch (operation) {
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

  /**
   * As the register: only what differs from the current values counts as changed, listed in the
   * register's order (the contact's fields, the statement, then the orders' fields); the sources
   * are the contact's when a contact field changed and each changed order's, shaped as in the
   * golden files.
   */
  private JsonNode rectify(UUID subjectId, Person person, String requestId, JsonNode changes) {
    Map<String, String> values = values(subjectId, person, requestId);
    if (person.email().startsWith("unchanged-")) {
      return fill(golden("rectify-unchanged"), values);
    }
    Map<String, JsonNode> current = rectified.computeIfAbsent(subjectId, s -> new HashMap<>());
    List<String> changed = new ArrayList<>();
    for (String field : CONTACT_FIELDS) {
      if (changes.has(field)
          && !changes.get(field).equals(current.put(field, changes.get(field)))) {
        changed.add(field);
      }
    }
    boolean contactChanged = !changed.isEmpty();
    if (changes.has(STATEMENT)
        && !changes.get(STATEMENT).equals(current.put(STATEMENT, changes.get(STATEMENT)))) {
      changed.add(STATEMENT);
    }
    List<String> changedOrders = new ArrayList<>();
    Set<String> orderFields = new LinkedHashSet<>();
    changes
        .path("orders")
        .properties()
        .forEach(
            order -> {
              boolean any = false;
              for (String[] field :
                  new String[][] {{"summary", "orderSummary"}, {"worksite", "orderWorksite"}}) {
                JsonNode value = order.getValue().get(field[0]);
                String at = "orders." + order.getKey() + "." + field[0];
                if (value != null && !value.equals(current.put(at, value))) {
                  orderFields.add(field[1]);
                  any = true;
                }
              }
              if (any) {
                changedOrders.add(order.getKey());
              }
            });
    changed.addAll(orderFields);
    if (changed.isEmpty()) {
      return fill(golden("rectify-unchanged"), values);
    }
    ObjectNode answer = (ObjectNode) fill(golden("rectify-changed"), values);
    ArrayNode fields = answer.putArray("changedFields");
    changed.forEach(fields::add);
    ArrayNode sources = answer.putArray("sources");
    if (contactChanged) {
      sources.add(fill(golden("rectify-changed").path("sources").get(0), values));
    }
    for (String number : changedOrders) {
      Map<String, String> order = new HashMap<>(values);
      order.put("orderNumber", number);
      sources.add(fill(golden("rectify-merge").path("sources").get(1), order));
    }
    return answer;
  }

  /**
   * The register's answer to a token it does not take: 401 without a valid token of the realm for
   * its audience, 403 when the token may not call the operation; 0 when it may.
   */
  private int authorise(String authorization, String method, String path) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return 401;
    }
    JwtClaims claims;
    try {
      claims = tokens.processToClaims(authorization.substring("Bearer ".length()).trim());
    } catch (InvalidJwtException e) {
      return 401;
    }
    Set<String> roles = new HashSet<>();
    Object realmAccess = claims.getClaimValue("realm_access");
    if (realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof List<?> list) {
      list.forEach(role -> roles.add(String.valueOf(role)));
    }
    if (path.startsWith("/api/v1/internal/")) {
      Object issuedTo =
          claims.hasClaim("azp") ? claims.getClaimValue("azp") : claims.getClaimValue("client_id");
      return roles.contains(INTERNAL_ROLE) && INTERNAL_CLIENT.equals(issuedTo) ? 0 : 403;
    }
    if (path.equals("/api/v1/controller") && method.equals("GET")) {
      return roles.stream().anyMatch(CONTROLLER_ROLES::contains) ? 0 : 403;
    }
    return 0;
  }

  /**
   * The register's answer to a request that breaks its document: 404 for an operation it does not
   * have or a path parameter of the wrong form (as JAX-RS), else 400 naming each field, in the
   * shape of the golden file {@code invalid-body} (an unknown field worded as the register words
   * it).
   */
  private static void invalid(HttpExchange exchange, List<OpenApiValidator.Violation> broken)
      throws IOException {
    if (broken.stream().anyMatch(v -> v.in().equals("operation") || v.in().equals("path"))) {
      problem(exchange, 404, "Not Found", Map.of("subjectId", ""));
      return;
    }
    ObjectNode problem = (ObjectNode) golden("invalid-body");
    JsonNode unknown = problem.path("errors").get(0);
    ArrayNode errors = problem.putArray("errors");
    broken.stream()
        .sorted(Comparator.comparing(OpenApiValidator.Violation::field))
        .forEach(
            v ->
                errors
                    .addObject()
                    .put("field", v.field())
                    .put(
                        "message",
                        v.keyword().equals("additionalProperties")
                            ? unknown.path("message").asText()
                            : v.message()));
    exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
    write(exchange, 400, problem);
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

  /**
   * The golden file with its placeholders filled in; an unknown placeholder is an error. Within one
   * answer the same {@code {{idN}}} is the same fresh UUID and the same {@code {{dateN}}} the same
   * day (today for the first, a day later for each next one).
   */
  static JsonNode fill(JsonNode template, Map<String, String> values) {
    return fillIn(template, new HashMap<>(values));
  }

  /** Fills in {@code template}; {@code values} gains the numbered placeholders' values. */
  private static JsonNode fillIn(JsonNode template, Map<String, String> values) {
    if (template.isObject()) {
      ObjectNode copy = JSON.createObjectNode();
      Iterator<Map.Entry<String, JsonNode>> fields = template.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        copy.set(field.getKey(), fillIn(field.getValue(), values));
      }
      return copy;
    }
    if (template.isArray()) {
      ArrayNode copy = JSON.createArrayNode();
      template.forEach(item -> copy.add(fillIn(item, values)));
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
      String placeholder = matcher.group(1) + matcher.group(2);
      String value =
          matcher.group(2).isEmpty()
              ? value(placeholder, values)
              : values.computeIfAbsent(
                  placeholder, p -> numbered(matcher.group(1), Integer.parseInt(matcher.group(2))));
      matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(filled);
    return TextNode.valueOf(filled.toString());
  }

  /** A value for {@code {{idN}}} or {@code {{dateN}}}, the normaliser's numbered placeholders. */
  private static String numbered(String kind, int number) {
    return switch (kind) {
      case "id" -> UUID.randomUUID().toString();
      case "date" -> LocalDate.now(HELSINKI).plusDays(number - 1L).toString();
      default -> throw new IllegalStateException("no value for {{" + kind + number + "}}");
    };
  }

  private static String value(String placeholder, Map<String, String> values) {
    if (values.containsKey(placeholder)) {
      return values.get(placeholder);
    }
    return switch (placeholder) {
      case "instant" -> Instant.now().toString();
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
   * A problem in the register's shape: the 400, 401, 403 and 404 are its golden files; a 503 or
   * 500, which the register itself does not answer, takes the shape of its 404.
   */
  private static void problem(
      HttpExchange exchange, int status, String title, Map<String, String> values)
      throws IOException {
    JsonNode problem;
    if (status == 400) {
      problem = fill(golden("rectify-invalid"), values);
    } else if (status == 401) {
      problem = fill(golden("unauthorized"), values);
    } else if (status == 403) {
      problem = fill(golden("forbidden"), values);
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
