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
 * and by the end-to-end tests; nothing in the services themselves.
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
    String method = exchange.method().toLowerCase(Locale.ROOT);
    Operation op =
        operations.stream()
            .filter(o -> o.method.equals(method) && o.pattern.matcher(exchange.path()).matches())
            .findFirst()
            .orElse(null);
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
      request(where, op, exchange, found);
    }
    response(where + " -> " + exchange.status(), op, exchange, found);
    return found;
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

  private void request(String where, Operation op, Exchange exchange, List<String> found) {
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
      }
      return;
    }
    if (!sent) {
      if (body.path("required").asBoolean(false)) {
        found.add(where + ": the required request body is missing");
      }
      return;
    }
    content(
        where + " request",
        bodyPointer,
        body,
        exchange.requestContentType(),
        exchange.requestBody(),
        found);
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
        where, pointer, response, exchange.responseContentType(), exchange.responseBody(), found);
  }

  /** The body against the media type of {@code owner} (a request body or an answer). */
  private void content(
      String where,
      String ownerPointer,
      JsonNode owner,
      String contentType,
      String body,
      List<String> found) {
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
      return;
    }
    String schemaPointer = ownerPointer + "/content/" + escape(key) + "/schema";
    JsonSchema schema =
        schemas.computeIfAbsent(
            schemaPointer,
            p -> {
              JsonSchema s = factory.getSchema(SchemaLocation.of(uri + "#" + p), config);
              s.initializeValidators();
              return s;
            });
    for (ValidationMessage message : schema.validate(instance)) {
      found.add(where + " " + type + ": " + message.getMessage());
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
