package fi.rekisteri.register.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fi.rekisteri.stack.GoldenNormaliser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Golden files of the register's internal API, in {@code src/test/resources/contracts/internal/}.
 * The rights service's fake register serves these same files (see {@code
 * rights-service/src/test/java/fi/rekisteri/rights/support/FakeRegister.java}), so that the fake
 * cannot answer differently from the register.
 *
 * <p>An answer is normalised before it is compared or written, by the {@link GoldenNormaliser} the
 * fake's own check uses too: the values a test names (the subject id, the request id, the email...)
 * become their placeholders, then the same UUID becomes the same {@code {{idN}}} and the same date
 * the same {@code {{dateN}}} (so that the file shows which are equal), any instant {@code
 * {{instant}}}, and the numbers of {@code version} and {@code versionNumber} {@code {{int}}}. With
 * {@code -Dgolden.update=true} the files are rewritten instead of compared.
 */
public final class GoldenJson {

  public static final Path DIR = Path.of("src/test/resources/contracts/internal");

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final GoldenNormaliser normaliser = new GoldenNormaliser();

  /** {@code literal}, wherever it occurs in a text, becomes {@code {{placeholder}}}. */
  public GoldenJson known(Object literal, String placeholder) {
    normaliser.known(literal, placeholder);
    return this;
  }

  public JsonNode normalise(String json) {
    try {
      return normaliser.normalise(JSON.readTree(json));
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
