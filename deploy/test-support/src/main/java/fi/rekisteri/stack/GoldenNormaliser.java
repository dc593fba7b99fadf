package fi.rekisteri.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an answer into its golden-file form, for the register's golden files of its internal API
 * ({@code GoldenJson}) and for the rights service's check that its fake register answers exactly
 * those files ({@code FakeRegisterContractTest}): both normalise with this one class.
 *
 * <p>The values a test names ({@link #known}) become their placeholders, longest first, wherever
 * they occur in a text. Of what is left, the same UUID becomes the same numbered placeholder
 * throughout one answer ({@code {{id1}}}, {@code {{id2}}}, ... in the order of first appearance),
 * and so does the same date ({@code {{date1}}}, ...): a golden file shows which ids and dates are
 * equal. An instant becomes {@code {{instant}}}, unnumbered: two instants of one answer are equal
 * only when the same clock reading happens to land on both, which a golden file must not depend on.
 * The numbers of {@code version} and {@code versionNumber} become {@code {{int}}}.
 */
public final class GoldenNormaliser {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern INSTANT =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Set<String> VOLATILE_NUMBERS = Set.of("version", "versionNumber");

  private final Map<String, String> known = new LinkedHashMap<>();

  /** {@code literal}, wherever it occurs in a text, becomes {@code {{placeholder}}}. */
  public GoldenNormaliser known(Object literal, String placeholder) {
    known.put(String.valueOf(literal), "{{" + placeholder + "}}");
    return this;
  }

  /** The answer's golden-file form; the numbering starts afresh with each call. */
  public JsonNode normalise(JsonNode answer) {
    List<Map.Entry<String, String>> literals = new ArrayList<>(known.entrySet());
    literals.sort(
        Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
    return new Numbering(literals).node(answer, null);
  }

  /** The numbered placeholders of one answer. */
  private static final class Numbering {
    private final List<Map.Entry<String, String>> literals;
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, String> dates = new HashMap<>();

    Numbering(List<Map.Entry<String, String>> literals) {
      this.literals = literals;
    }

    JsonNode node(JsonNode node, String field) {
      if (node.isObject()) {
        ObjectNode copy = JSON.createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> entry = fields.next();
          copy.set(entry.getKey(), node(entry.getValue(), entry.getKey()));
        }
        return copy;
      }
      if (node.isArray()) {
        ArrayNode copy = JSON.createArrayNode();
        node.forEach(item -> copy.add(node(item, null)));
        return copy;
      }
      if (node.isNumber() && VOLATILE_NUMBERS.contains(field)) {
        return TextNode.valueOf("{{int}}");
      }
      if (node.isTextual()) {
        return TextNode.valueOf(text(node.asText()));
      }
      return node;
    }

    private String text(String value) {
      String text = value;
      for (Map.Entry<String, String> literal : literals) {
        text = text.replace(literal.getKey(), literal.getValue());
      }
      if (INSTANT.matcher(text).matches() && text.contains("T")) {
        return "{{instant}}";
      }
      if (DATE.matcher(text).matches()) {
        return dates.computeIfAbsent(text, d -> "{{date" + (dates.size() + 1) + "}}");
      }
      Matcher uuid = UUID_TEXT.matcher(text);
      StringBuilder out = new StringBuilder();
      while (uuid.find()) {
        String id =
            ids.computeIfAbsent(
                uuid.group().toLowerCase(java.util.Locale.ROOT),
                u -> "{{id" + (ids.size() + 1) + "}}");
        uuid.appendReplacement(out, Matcher.quoteReplacement(id));
      }
      uuid.appendTail(out);
      return out.toString();
    }
  }
}
