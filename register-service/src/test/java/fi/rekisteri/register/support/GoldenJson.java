package fi.rekisteri.register.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Golden files of the register's internal API, in {@code src/test/resources/contracts/internal/}.
 * The rights service's fake register serves these same files (see {@code
 * rights-service/src/test/java/fi/rekisteri/rights/support/FakeRegister.java}), so that the fake
 * cannot answer differently from the register.
 *
 * <p>An answer is normalised before it is compared or written: the values a test names (the subject
 * id, the request id, the email...) become their placeholders, then any other UUID becomes {@code
 * {{uuid}}}, any instant {@code {{instant}}}, any date {@code {{date}}}, and the numbers of {@code
 * version} and {@code versionNumber} {@code {{int}}}. With {@code -Dgolden.update=true} the files
 * are rewritten instead of compared.
 */
public final class GoldenJson {

  public static final Path DIR = Path.of("src/test/resources/contracts/internal");

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
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
  public GoldenJson known(Object literal, String placeholder) {
    known.put(String.valueOf(literal), "{{" + placeholder + "}}");
    return this;
  }

  public JsonNode normalise(String json) {
    try {
      return normalise(JSON.readTree(json), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compares the normalised answer with the golden file {@code name}.json, or rewrites it. */
  public void check(String name, String answer) {
    JsonNode actual = normalise(answer);
    Path file = DIR.resolve(name + ".json");
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(DIR);
        Files.writeString(file, JSON.writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        fail("no golden file " + file + "; record it with -Dgolden.update=true");
      }
      JsonNode expected = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      List<String> differences = new ArrayList<>();
      diff("$", expected, actual, differences);
      assertThat(differences)
          .as(
              "the register's answer differs from %s (rerun with -Dgolden.update=true if the"
                  + " change is intended, and update the rights service)",
              file)
          .isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode normalise(JsonNode node, String field) {
    if (node.isObject()) {
      ObjectNode copy = JSON.createObjectNode();
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> entry = fields.next();
        copy.set(entry.getKey(), normalise(entry.getValue(), entry.getKey()));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JSON.createArrayNode();
      node.forEach(item -> copy.add(normalise(item, null)));
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
    List<Map.Entry<String, String>> literals = new ArrayList<>(known.entrySet());
    literals.sort(
        Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
    for (Map.Entry<String, String> literal : literals) {
      text = text.replace(literal.getKey(), literal.getValue());
    }
    if (INSTANT.matcher(text).matches() && text.contains("T")) {
      return "{{instant}}";
    }
    if (DATE.matcher(text).matches()) {
      return "{{date}}";
    }
    return UUID_TEXT.matcher(text).replaceAll("{{uuid}}");
  }

  /** Keys, nesting, types and values; each difference named by its path. */
  private static void diff(String path, JsonNode expected, JsonNode actual, List<String> out) {
    if (expected.getNodeType() != actual.getNodeType()) {
      out.add(path + ": expected " + expected + " but was " + actual);
      return;
    }
    if (expected.isObject()) {
      expected
          .fieldNames()
          .forEachRemaining(
              f -> {
                if (!actual.has(f)) {
                  out.add(path + "." + f + ": missing");
                } else {
                  diff(path + "." + f, expected.get(f), actual.get(f), out);
                }
              });
      actual
          .fieldNames()
          .forEachRemaining(
              f -> {
                if (!expected.has(f)) {
                  out.add(path + "." + f + ": not in the golden file (" + actual.get(f) + ")");
                }
              });
    } else if (expected.isArray()) {
      if (expected.size() != actual.size()) {
        out.add(path + ": expected " + expected.size() + " items but was " + actual.size());
      }
      for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
        diff(path + "[" + i + "]", expected.get(i), actual.get(i), out);
      }
    } else if (!expected.equals(actual)) {
      out.add(path + ": expected " + expected + " but was " + actual);
    }
  }
}
