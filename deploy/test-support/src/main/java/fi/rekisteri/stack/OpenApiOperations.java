package fi.rekisteri.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The operations an OpenAPI document lists (method and path template) and which one a request goes
 * to: a literal segment wins over a template ({@code /contacts/search} before {@code
 * /contacts/{id}}).
 */
final class OpenApiOperations {

  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /** One documented operation; {@code pointer} is its JSON pointer in the document. */
  record Operation(String method, String template, Pattern pattern, int literals, String pointer) {}

  private final List<Operation> operations = new ArrayList<>();

  OpenApiOperations(JsonNode document) {
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

  /** Whether {@code path} (no query) is one of the document's path templates. */
  boolean documents(String path) {
    return operations.stream().anyMatch(op -> op.pattern.matcher(path).matches());
  }

  /** The documented operation a request goes to; null when none. */
  Operation find(String method, String path) {
    String lower = method.toLowerCase(Locale.ROOT);
    return operations.stream()
        .filter(o -> o.method.equals(lower) && o.pattern.matcher(path).matches())
        .findFirst()
        .orElse(null);
  }

  private static Operation operation(String method, String template) {
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
        "/paths/" + OpenApiSchemas.escape(template) + "/" + method);
  }
}
