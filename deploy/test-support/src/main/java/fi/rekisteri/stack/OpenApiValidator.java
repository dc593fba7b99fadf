package fi.rekisteri.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A strict checker of HTTP exchanges against a committed OpenAPI 3.1 document: the operation
 * (method and path template) must be documented, the answer's status too (or a range or default of
 * it), its content type must be one the document names for that status, and a JSON body must match
 * the published schema, every JSON Schema keyword in force ({@code format} included). An object
 * schema that lists its properties is closed ({@code additionalProperties: false} unless it says
 * otherwise): a property the document does not name is a violation too. The request body is checked
 * the same way unless the caller sends bad input on purpose.
 *
 * <p>Used by the tests of both services ({@code OpenApiValidationFilter}, a REST Assured filter)
 * and by the end-to-end tests; nothing in the services themselves. The rights service's test double
 * of the register asks {@link #requestViolations} of each request it receives, field by field, so
 * that it refuses what the register would refuse: that check covers the path and query parameters
 * too (each against its schema, a required one missing).
 */
public final class OpenApiValidator {

  private static final String BASE = "https://rekisteri.invalid/openapi/";
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String service;
  private final JsonNode document;
  private final List<Operation> operations = new ArrayList<>();
  private final JsonSchemaFactory factory;
  private final String uri;
  private final SchemaValidatorsConfig config =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
  private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
  private Path files;

  /** One HTTP exchange as a test saw it; bodies as text, null when there was none. */
  public record Exchange(
      String method,
      String path,
      String requestContentType,
      String requestBody,
      boolean checkRequest,
      int status,
      String responseContentType,
      String responseBody) {}

  /**
   * One thing a request breaks, as the services name it in a 400 problem: {@code in} is {@code
   * body}, {@code path}, {@code query} or {@code operation}; {@code field} the field's path in the
   * body ({@code changes.email}, {@code items[0].id}; {@code body} for the body as a whole) or the
   * parameter's name; {@code keyword} the rule broken (a JSON Schema keyword such as {@code
   * required}, {@code additionalProperties}, {@code format}; or {@code contentType}, {@code json},
   * {@code operation}); {@code message} why, without the location.
   */
  public record Violation(String in, String field, String keyword, String message) {}

  private record Operation(
      String method, String template, Pattern pattern, int literals, String pointer) {}

  private OpenApiValidator(String service, JsonNode document) {
    this.service = service;
    this.document = document;
    close(document.path("components").path("schemas"), true);
    closeUnder(document.path("paths"));
    closeUnder(document.path("components").path("responses"));
    closeUnder(document.path("components").path("requestBodies"));
    this.uri = BASE + service + ".json";
    JsonMetaSchema base = JsonMetaSchema.getV202012();
    JsonMetaSchema.Builder meta = JsonMetaSchema.builder(base.getIri(), base);
    // OpenAPI's own words: not JSON Schema keywords, nothing to validate
    for (String word :
        List.of(
            "openapi",
            "info",
            "servers",
            "paths",
            "components",
            "tags",
            "security",
            "webhooks",
            "jsonSchemaDialect",
            "externalDocs",
            "example",
            "discriminator",
            "xml")) {
      meta.keyword(new NonValidationKeyword(word));
    }
    JsonMetaSchema dialect = meta.build();
    String text = document.toString();
    this.factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder ->
                builder
                    .metaSchema(dialect)
                    .defaultMetaSchemaIri(dialect.getIri())
                    .schemaLoaders(loaders -> loaders.schemas(Map.of(uri, text))));
    document
        .path("paths")
        .properties()
        .forEach(
            path -> {
              for (String method : METHODS) {
                if (path.getValue().has(method)) {
                  operations.add(operation(method, path.getKey()));
                }
              }
            });
    // a literal segment wins over a template: /contacts/search before /contacts/{id}
    operations.sort(Comparator.comparingInt(Operation::literals).reversed());
  }

  /** The document at {@code file} (YAML or JSON), named {@code service} in the violations. */
  public static OpenApiValidator of(String service, Path file) {
    try {
      return new OpenApiValidator(
          service, new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the OpenAPI document " + file, e);
    }
  }

  /**
   * The service's static files ({@code src/main/resources/META-INF/resources}): a GET of one of
   * them (a page's script or style sheet, a directory's index.html) is no API operation and not
   * checked.
   */
  public OpenApiValidator withStaticFiles(Path directory) {
    this.files = directory;
    return this;
  }

  public String service() {
    return service;
  }

  /** Whether {@code path} (no query) is one of the document's path templates. */
  public boolean documents(String path) {
    return operations.stream().anyMatch(op -> op.pattern.matcher(path).matches());
  }

  /** What in {@code exchange} the document does not allow; empty when it all agrees. */
  public List<String> violations(Exchange exchange) {
    List<String> found = new ArrayList<>();
    Operation op = find(exchange.method(), exchange.path());
    String where = service + " " + exchange.method() + " " + exchange.path();
    if (op == null && staticFile(exchange)) {
      return found;
    }
    if (op == null) {
      found.add(
          where
              + (documents(exchange.path())
                  ? ": the method is not documented for this path"
                  : ": the path is not documented"));
      return found;
    }
    where = service + " " + exchange.method() + " " + op.template;
    if (exchange.checkRequest()) {
      request(where, op, exchange, found, null);
    }
    response(where + " -> " + exchange.status(), op, exchange, found);
    return found;
  }

  /**
   * What in one request (path without query, raw query or null, body as text or null) the document
   * does not allow, field by field; empty when it agrees. The operation must be documented, each
   * path and query parameter must match its schema (a required one must be there), and the body its
   * media type and schema, as in {@link #violations}.
   */
  public List<Violation> requestViolations(
      String method, String path, String query, String contentType, String body) {
    List<Violation> fields = new ArrayList<>();
    Operation op = find(method, path);
    if (op == null) {
      fields.add(
          new Violation(
              "operation",
              path,
              "operation",
              documents(path)
                  ? "the method is not documented for this path"
                  : "the path is not documented"));
      return fields;
    }
    parameters(op, path, query, fields);
    request(
        service + " " + method + " " + op.template,
        op,
        new Exchange(method, path, contentType, body, true, 0, null, null),
        new ArrayList<>(),
        fields);
    return fields;
  }

  /** The documented operation a request goes to; null when none. */
  private Operation find(String method, String path) {
    String lower = method.toLowerCase(Locale.ROOT);
    return operations.stream()
        .filter(o -> o.method.equals(lower) && o.pattern.matcher(path).matches())
        .findFirst()
        .orElse(null);
  }

  /** The path and query parameters of {@code op} (its own, then its path's) against the request. */
  private void parameters(Operation op, String path, String query, List<Violation> fields) {
    Map<String, String> pathValues = new java.util.HashMap<>();
    String[] template = op.template.split("/", -1);
    String[] actual = path.split("/", -1);
    for (int i = 0; i < Math.min(template.length, actual.length); i++) {
      if (template[i].startsWith("{") && template[i].endsWith("}")) {
        pathValues.put(template[i].substring(1, template[i].length() - 1), decode(actual[i]));
      }
    }
    Map<String, String> queryValues = new java.util.HashMap<>();
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&")) {
        int equals = pair.indexOf('=');
        queryValues.putIfAbsent(
            decode(equals < 0 ? pair : pair.substring(0, equals)),
            equals < 0 ? "" : decode(pair.substring(equals + 1)));
      }
    }
    String pathItem = op.pointer.substring(0, op.pointer.lastIndexOf('/'));
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String owner : List.of(op.pointer, pathItem)) {
      JsonNode list = at(owner + "/parameters");
      for (int i = 0; i < list.size(); i++) {
        String pointer = owner + "/parameters/" + i;
        JsonNode parameter = list.get(i);
        if (parameter.has("$ref")) {
          pointer = ref(parameter);
          parameter = at(pointer);
        }
        String in = parameter.path("in").asText();
        String name = parameter.path("name").asText();
        if (!(in.equals("path") || in.equals("query")) || !seen.add(in + " " + name)) {
          continue;
        }
        String value = (in.equals("path") ? pathValues : queryValues).get(name);
        if (value == null) {
          if (in.equals("path") || parameter.path("required").asBoolean(false)) {
            fields.add(new Violation(in, name, "required", "the parameter is required"));
          }
          continue;
        }
        if (parameter.has("schema")) {
          JsonSchema schema = schema(pointer + "/schema");
          for (ValidationMessage message : schema.validate(parameterValue(pointer, value))) {
            fields.add(new Violation(in, name, message.getType(), message.getError()));
          }
        }
      }
    }
  }

  /** A parameter's text as the JSON value its schema expects: a number or boolean when typed so. */
  private JsonNode parameterValue(String parameterPointer, String value) {
    JsonNode schema = at(parameterPointer + "/schema");
    if (schema.has("$ref")) {
      schema = at(ref(schema));
    }
    String type = schema.path("type").asText("");
    if (type.equals("integer") || type.equals("number") || type.equals("boolean")) {
      try {
        JsonNode parsed = JSON.readTree(value);
        if (parsed != null && (parsed.isNumber() || parsed.isBoolean())) {
          return parsed;
        }
      } catch (IOException e) {
        // not a number: validated as the text it is, which the schema refuses
      }
    }
    return com.fasterxml.jackson.databind.node.TextNode.valueOf(value);
  }

  private static String decode(String text) {
    return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
  }

  private JsonSchema schema(String pointer) {
    return schemas.computeIfAbsent(
        pointer,
        p -> {
          JsonSchema s = factory.getSchema(SchemaLocation.of(uri + "#" + p), config);
          s.initializeValidators();
          return s;
        });
  }

  /** A body field's path as the services name it: changes.email, items[0].id, body for the root. */
  private static String field(ValidationMessage message) {
    com.networknt.schema.JsonNodePath at = message.getInstanceLocation();
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < at.getNameCount(); i++) {
      Object element = at.getElement(i);
      if (element instanceof Integer index) {
        field.append('[').append(index).append(']');
      } else {
        field.append(field.length() == 0 ? "" : ".").append(element);
      }
    }
    String property = message.getProperty();
    if (property != null
        && List.of("required", "additionalProperties", "unevaluatedProperties", "dependentRequired")
            .contains(message.getType())) {
      field.append(field.length() == 0 ? "" : ".").append(property);
    }
    return field.length() == 0 ? "body" : field.toString();
  }

  private boolean staticFile(Exchange exchange) {
    if (files == null || !exchange.method().equalsIgnoreCase("GET")) {
      return false;
    }
    String relative = exchange.path().substring(1);
    Path file =
        files
            .resolve(
                relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative)
            .normalize();
    return file.startsWith(files.normalize()) && Files.isRegularFile(file);
  }

  private void request(
      String where, Operation op, Exchange exchange, List<String> found, List<Violation> fields) {
    JsonNode opNode = at(op.pointer);
    String bodyPointer = op.pointer + "/requestBody";
    JsonNode body = opNode.path("requestBody");
    if (body.has("$ref")) {
      bodyPointer = ref(body);
      body = at(bodyPointer);
    }
    boolean sent = exchange.requestBody() != null && !exchange.requestBody().isEmpty();
    if (body.isMissingNode()) {
      if (sent) {
        found.add(where + ": a request body was sent; the operation takes none");
        add(fields, "body", "body", "a request body was sent; the operation takes none");
      }
      return;
    }
    if (!sent) {
      if (body.path("required").asBoolean(false)) {
        found.add(where + ": the required request body is missing");
        add(fields, "required", "body", "the required request body is missing");
      }
      return;
    }
    content(
        where + " request",
        bodyPointer,
        body,
        exchange.requestContentType(),
        exchange.requestBody(),
        found,
        fields);
  }

  private static void add(List<Violation> fields, String keyword, String field, String message) {
    if (fields != null) {
      fields.add(new Violation("body", field, keyword, message));
    }
  }

  private void response(String where, Operation op, Exchange exchange, List<String> found) {
    String responsesPointer = op.pointer + "/responses";
    JsonNode responses = at(responsesPointer);
    String code = String.valueOf(exchange.status());
    String key =
        responses.has(code)
            ? code
            : responses.has(code.charAt(0) + "XX")
                ? code.charAt(0) + "XX"
                : responses.has("default") ? "default" : null;
    if (key == null) {
      found.add(where + ": the status is not documented for this operation");
      return;
    }
    String pointer = responsesPointer + "/" + escape(key);
    JsonNode response = at(pointer);
    if (response.has("$ref")) {
      pointer = ref(response);
      response = at(pointer);
    }
    boolean hasBody = exchange.responseBody() != null && !exchange.responseBody().isEmpty();
    if (exchange.method().equalsIgnoreCase("HEAD") || exchange.status() == 304) {
      return;
    }
    if (!response.has("content") || response.path("content").isEmpty()) {
      if (hasBody) {
        found.add(where + ": a body was answered; the document says none");
      }
      return;
    }
    if (!hasBody) {
      found.add(
          where
              + ": no body was answered; the document says "
              + String.join(", ", names(response.path("content"))));
      return;
    }
    content(
        where,
        pointer,
        response,
        exchange.responseContentType(),
        exchange.responseBody(),
        found,
        null);
  }

  /**
   * The body against the media type of {@code owner} (a request body or an answer); each violation
   * also field by field into {@code fields} unless it is null.
   */
  private void content(
      String where,
      String ownerPointer,
      JsonNode owner,
      String contentType,
      String body,
      List<String> found,
      List<Violation> fields) {
    JsonNode content = owner.path("content");
    String type = mediaType(contentType);
    String key = null;
    if (type != null) {
      for (String candidate :
          List.of(type, type.substring(0, type.indexOf('/') + 1) + "*", "*/*")) {
        if (content.has(candidate)) {
          key = candidate;
          break;
        }
      }
    }
    if (key == null) {
      found.add(
          where
              + ": content type "
              + contentType
              + " is not documented (documented: "
              + String.join(", ", names(content))
              + ")");
      add(fields, "contentType", "body", "content type " + contentType + " is not documented");
      return;
    }
    if (!(type.equals("application/json") || type.endsWith("+json"))
        || !content.path(key).has("schema")) {
      return;
    }
    JsonNode instance;
    try {
      instance = JSON.readTree(body);
    } catch (IOException e) {
      found.add(where + ": the body is not JSON");
      add(fields, "json", "body", "the body is not JSON");
      return;
    }
    JsonSchema schema = schema(ownerPointer + "/content/" + escape(key) + "/schema");
    for (ValidationMessage message : schema.validate(instance)) {
      found.add(where + " " + type + ": " + message.getMessage());
      add(fields, message.getType(), field(message), message.getError());
    }
  }

  private Operation operation(String method, String template) {
    StringBuilder regex = new StringBuilder();
    int literals = 0;
    for (String segment : template.split("/", -1)) {
      if (segment.isEmpty()) {
        continue;
      }
      regex.append('/');
      if (segment.startsWith("{") && segment.endsWith("}")) {
        regex.append("[^/]+");
      } else {
        regex.append(Pattern.quote(segment));
        literals++;
      }
    }
    if (template.endsWith("/") && template.length() > 1) {
      regex.append('/');
    }
    return new Operation(
        method,
        template,
        Pattern.compile(regex.length() == 0 ? "/" : regex.toString()),
        literals,
        "/paths/" + escape(template) + "/" + method);
  }

  private JsonNode at(String pointer) {
    return document.at(pointer);
  }

  private static String ref(JsonNode node) {
    String ref = node.path("$ref").asText();
    if (!ref.startsWith("#")) {
      throw new IllegalStateException("only local references are supported: " + ref);
    }
    return ref.substring(1);
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  private static String mediaType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return null;
    }
    int semicolon = contentType.indexOf(';');
    String type =
        (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
            .trim()
            .toLowerCase(Locale.ROOT);
    return type.contains("/") ? type : null;
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** Closes every schema found under {@code node} in the places OpenAPI puts schemas. */
  private static void closeUnder(JsonNode node) {
    if (node == null || !node.isContainerNode()) {
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
    if (node.isArray()) {
      node.forEach(OpenApiValidator::closeUnder);
      return;
    }
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getKey().equals("schema")) {
        close(field.getValue(), false);
      } else if (!field.getKey().equals("examples") && !field.getKey().equals("example")) {
        closeUnder(field.getValue());
      }
    }
  }

  /**
   * {@code additionalProperties: false} on {@code schema} (or, with {@code many}, on each schema of
   * a map of them) and the schemas inside it, wherever an object lists its properties and says
   * nothing of others and does not combine with other schemas (allOf and its kin would need
   * unevaluatedProperties).
   */
  private static void close(JsonNode schema, boolean many) {
    if (many) {
      schema.forEach(s -> close(s, false));
      return;
    }
    if (!(schema instanceof ObjectNode object)) {
      return;
    }
    if (object.path("properties").isObject()) {
      boolean combined = object.has("allOf") || object.has("anyOf") || object.has("oneOf");
      if (!combined
          && !object.has("additionalProperties")
          && !object.has("unevaluatedProperties")) {
        object.put("additionalProperties", false);
      }
      close(object.path("properties"), true);
    }
    for (String one : List.of("items", "additionalProperties", "not", "contains")) {
      close(object.path(one), false);
    }
    for (String many2 : List.of("allOf", "anyOf", "oneOf", "prefixItems")) {
      object.path(many2).forEach(s -> close(s, false));
    }
  }
}
