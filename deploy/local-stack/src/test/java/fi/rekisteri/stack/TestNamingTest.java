package fi.rekisteri.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One naming scheme for every test in the repository: {@code
 * given<State>_when<Action>_then<Outcome>}, or {@code given<State>_then<Outcome>} where the test's
 * class is the action. Reads the test sources of every module, so a test named another way anywhere
 * fails here.
 */
class TestNamingTest {

  private static final Path ROOT = Path.of(System.getProperty("rekisteri.root", "../.."));

  static final Pattern SCHEME =
      Pattern.compile(
          "given[A-Z0-9][A-Za-z0-9]*(_when[A-Z][A-Za-z0-9_]*?)?_then[A-Z0-9][A-Za-z0-9_]*");

  private static final Pattern TEST_METHOD =
      Pattern.compile(
          "@(?:Test|ParameterizedTest|RepeatedTest)\\b.*?\\bvoid\\s+([A-Za-z0-9_]+)\\s*\\(",
          Pattern.DOTALL);

  static List<String> offenders(String source) {
    List<String> names = new ArrayList<>();
    Matcher matcher = TEST_METHOD.matcher(source);
    while (matcher.find()) {
      if (!SCHEME.matcher(matcher.group(1)).matches()) {
        names.add(matcher.group(1));
      }
    }
    return names;
  }

  @Test
  void givenEveryTestSourceOfTheRepository_thenEachTestNamedByTheScheme() throws IOException {
    List<String> offenders = new ArrayList<>();
    int tests = 0;
    try (Stream<Path> files = Files.walk(ROOT)) {
      for (Path file :
          files
              .filter(path -> path.toString().endsWith(".java"))
              .filter(path -> path.toString().contains("/src/test/java/"))
              .filter(path -> !path.toString().contains("/target/"))
              .filter(path -> !path.toString().contains("/.cache/"))
              .toList()) {
        String source = Files.readString(file);
        tests += TEST_METHOD.matcher(source).results().count();
        for (String name : offenders(source)) {
          offenders.add(ROOT.relativize(file) + ": " + name);
        }
      }
    }
    assertThat(tests).as("test methods found").isGreaterThan(500);
    assertThat(offenders).as("tests not named given..._when..._then...").isEmpty();
  }

  @Test
  void givenNamesOfOtherSchemes_thenEachOneAnOffender() {
    String test =
        "@" + "Test"; // spelt apart, so that this sample is not read as tests of this file
    String source =
        """
        %1$s void givenA_whenB_thenC() {}
        %1$s void givenA_thenC() {}
        %1$s void erase_givenContact_thenGone() {}
        @Parameterized%2$s @ValueSource(strings = {"a", "b"})
        void isValid_returnsTrue(String a) {}
        %1$s void checksEverything() {}
        """
            .formatted(test, "Test");
    assertThat(offenders(source))
        .containsExactly("erase_givenContact_thenGone", "isValid_returnsTrue", "checksEverything");
  }
}
