package fi.rekisteri.rights.accesspackage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** Renders a stored package for machines as CSV: one row per value, {@code section,field,value}. */
final class PackageRenderer {

  private static final Set<String> META =
      Set.of("requestId", "type", "language", "generatedAt", "subjectId", "repeatWithin12Months");

  private PackageRenderer() {}

  static String csv(JsonNode pkg) {
    StringBuilder out = new StringBuilder("section,field,value\r\n");
    Iterator<Map.Entry<String, JsonNode>> fields = pkg.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (META.contains(field.getKey())) {
        continue;
      }
      csv(field.getKey(), "", field.getValue(), out);
    }
    return out.toString();
  }

  private static void csv(String section, String path, JsonNode node, StringBuilder out) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return;
    }
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              f ->
                  csv(
                      section,
                      path.isEmpty() ? f.getKey() : path + "." + f.getKey(),
                      f.getValue(),
                      out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        csv(section, path + "[" + i + "]", node.get(i), out);
      }
    } else {
      out.append(cell(section))
          .append(',')
          .append(cell(path))
          .append(',')
          .append(cell(node.asText()))
          .append("\r\n");
    }
  }

  private static String cell(String value) {
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
