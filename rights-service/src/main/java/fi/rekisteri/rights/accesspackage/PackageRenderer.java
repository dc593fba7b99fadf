package fi.rekisteri.rights.accesspackage;

import com.fasterxml.jackson.databind.JsonNode;
import fi.rekisteri.platform.csv.Csv;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Renders a stored package for machines as CSV: one row per value, {@code section,field,value}. */
final class PackageRenderer {

  private static final Set<String> META =
      Set.of("requestId", "type", "language", "generatedAt", "subjectId", "repeatWithin12Months");

  private PackageRenderer() {}

  static String csv(JsonNode pkg) {
    List<List<String>> rows = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = pkg.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (META.contains(field.getKey())) {
        continue;
      }
      rows(field.getKey(), "", field.getValue(), rows);
    }
    return Csv.write(List.of("section", "field", "value"), rows, false);
  }

  private static void rows(String section, String path, JsonNode node, List<List<String>> rows) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return;
    }
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              f ->
                  rows(
                      section,
                      path.isEmpty() ? f.getKey() : path + "." + f.getKey(),
                      f.getValue(),
                      rows));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        rows(section, path + "[" + i + "]", node.get(i), rows);
      }
    } else {
      rows.add(List.of(section, path, node.asText()));
    }
  }
}
