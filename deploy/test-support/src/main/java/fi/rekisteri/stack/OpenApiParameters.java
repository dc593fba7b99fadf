package fi.rekisteri.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The path and query parameters of a request against its operation's (its own, then its path's):
 * each present one against its schema, a required one missing. For {@link
 * OpenApiValidator#requestViolations}.
 */
final class OpenApiParameters {

  private static final ObjectMapper JSON = new ObjectMapper();

  private OpenApiParameters() {}

  /** The path and query parameters of {@code op} (its own, then its path's) against the request. */
  static void check(
      OpenApiSchemas document,
      OpenApiOperations.Operation op,
      String path,
      String query,
      List<OpenApiValidator.Violation> fields) {
    Map<String, String> pathValues = new HashMap<>();
    String[] template = op.template().split("/", -1);
    String[] actual = path.split("/", -1);
    for (int i = 0; i < Math.min(template.length, actual.length); i++) {
      if (template[i].startsWith("{") && template[i].endsWith("}")) {
        pathValues.put(template[i].substring(1, template[i].length() - 1), decode(actual[i]));
      }
    }
    Map<String, String> queryValues = new HashMap<>();
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&")) {
        int equals = pair.indexOf('=');
        queryValues.putIfAbsent(
            decode(equals < 0 ? pair : pair.substring(0, equals)),
            equals < 0 ? "" : decode(pair.substring(equals + 1)));
      }
    }
    String pathItem = op.pointer().substring(0, op.pointer().lastIndexOf('/'));
    Set<String> seen = new HashSet<>();
    for (String owner : List.of(op.pointer(), pathItem)) {
      JsonNode list = document.at(owner + "/parameters");
      for (int i = 0; i < list.size(); i++) {
        String pointer = owner + "/parameters/" + i;
        JsonNode parameter = list.get(i);
        if (parameter.has("$ref")) {
          pointer = OpenApiSchemas.ref(parameter);
          parameter = document.at(pointer);
        }
        String in = parameter.path("in").asText();
        String name = parameter.path("name").asText();
        if (!(in.equals("path") || in.equals("query")) || !seen.add(in + " " + name)) {
          continue;
        }
        String value = (in.equals("path") ? pathValues : queryValues).get(name);
        if (value == null) {
          if (in.equals("path") || parameter.path("required").asBoolean(false)) {
            fields.add(
                new OpenApiValidator.Violation(in, name, "required", "the parameter is required"));
          }
          continue;
        }
        if (parameter.has("schema")) {
          JsonSchema schema = document.schema(pointer + "/schema");
          for (ValidationMessage message :
              schema.validate(parameterValue(document, pointer, value))) {
            fields.add(
                new OpenApiValidator.Violation(in, name, message.getType(), message.getError()));
          }
        }
      }
    }
  }

  /** A parameter's text as the JSON value its schema expects: a number or boolean when typed so. */
  private static JsonNode parameterValue(
      OpenApiSchemas document, String parameterPointer, String value) {
    JsonNode schema = document.at(parameterPointer + "/schema");
    if (schema.has("$ref")) {
      schema = document.at(OpenApiSchemas.ref(schema));
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
    return TextNode.valueOf(value);
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
