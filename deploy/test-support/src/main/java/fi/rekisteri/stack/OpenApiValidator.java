package fi.rekisteri.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
 *
 * <p>Its parts: {@link OpenApiSchemas} (the document, its schemas closed, a validator per JSON
 * pointer), {@link OpenApiOperations} (which operation a request goes to) and {@link
 * OpenApiParameters} (the path and query parameters).
 */
public final class OpenApiValidator {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String service;
  private final OpenApiSchemas document;
  private final OpenApiOperations operations;
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

  private OpenApiValidator(String service, JsonNode document) {
    this.service = service;
    this.document = new OpenApiSchemas(service, document);
    this.operations = new OpenApiOperations(document);
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
    return operations.documents(path);
  }

  /** What in {@code exchange} the document does not allow; empty when it all agrees. */
  public List<String> violations(Exchange exchange) {
    List<String> found = new ArrayList<>();
    OpenApiOperations.Operation op = find(exchange.method(), exchange.path());
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
    where = service + " " + exchange.method() + " " + op.template();
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
    OpenApiOperations.Operation op = find(method, path);
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
    OpenApiParameters.check(document, op, path, query, fields);
    request(
        service + " " + method + " " + op.template(),
        op,
        new Exchange(method, path, contentType, body, true, 0, null, null),
        new ArrayList<>(),
        fields);
    return fields;
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
      String where,
      OpenApiOperations.Operation op,
      Exchange exchange,
      List<String> found,
      List<Violation> fields) {
    JsonNode opNode = document.at(op.pointer());
    String bodyPointer = op.pointer() + "/requestBody";
    JsonNode body = opNode.path("requestBody");
    if (body.has("$ref")) {
      bodyPointer = OpenApiSchemas.ref(body);
      body = document.at(bodyPointer);
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

  private void response(
      String where, OpenApiOperations.Operation op, Exchange exchange, List<String> found) {
    String responsesPointer = op.pointer() + "/responses";
    JsonNode responses = document.at(responsesPointer);
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
    String pointer = responsesPointer + "/" + OpenApiSchemas.escape(key);
    JsonNode response = document.at(pointer);
    if (response.has("$ref")) {
      pointer = OpenApiSchemas.ref(response);
      response = document.at(pointer);
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
    JsonSchema schema =
        document.schema(ownerPointer + "/content/" + OpenApiSchemas.escape(key) + "/schema");
    for (ValidationMessage message : schema.validate(instance)) {
      found.add(where + " " + type + ": " + message.getMessage());
      add(fields, message.getType(), field(message), message.getError());
    }
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

  /** The documented operation a request goes to; null when none. */
  private OpenApiOperations.Operation find(String method, String path) {
    return operations.find(method, path);
  }
}
