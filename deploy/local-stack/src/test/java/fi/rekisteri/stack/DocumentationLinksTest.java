package fi.rekisteri.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The front door and the pages behind it hold together: the README fits on two screens, and every
 * relative link in README.md, deploy/README.md and docs/*.md names a file that exists and, where it
 * names a heading, a heading that exists (GitHub's anchors).
 */
class DocumentationLinksTest {

  private static final Path ROOT = Path.of(System.getProperty("rekisteri.root", "../.."));
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} +(.+?) *$");

  static String anchor(String heading) {
    return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
  }

  static Set<String> anchors(String markdown) {
    Set<String> anchors = new HashSet<>();
    Matcher matcher = HEADING.matcher(markdown.replaceAll("(?s)```.*?```", ""));
    while (matcher.find()) {
      anchors.add(anchor(matcher.group(1)));
    }
    return anchors;
  }

  private static List<Path> pages() throws IOException {
    List<Path> pages =
        new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("deploy/README.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  @Test
  void givenTheReadme_thenItFitsOnTwoScreens() throws IOException {
    assertThat(Files.readAllLines(ROOT.resolve("README.md"))).hasSizeLessThanOrEqualTo(155);
  }

  @Test
  void givenEveryPage_thenEachRelativeLinkResolvesToAFileAndHeading() throws IOException {
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (Path page : pages()) {
      String markdown = Files.readString(page);
      Matcher matcher = LINK.matcher(markdown.replaceAll("(?s)```.*?```", ""));
      while (matcher.find()) {
        String target = matcher.group(1);
        if (target.matches("^[a-z]+:.*")) {
          continue;
        }
        links++;
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!Files.exists(resolved)) {
          broken.add(ROOT.relativize(page) + ": " + target + " (no such file)");
        } else if (hash >= 0 && resolved.toString().endsWith(".md")) {
          String fragment = target.substring(hash + 1);
          if (!anchors(Files.readString(resolved)).contains(fragment)) {
            broken.add(ROOT.relativize(page) + ": " + target + " (no such heading)");
          }
        }
      }
    }
    assertThat(links).as("relative links found").isGreaterThan(30);
    assertThat(broken).isEmpty();
  }

  @Test
  void givenHeadings_thenAnchorsAsGithubMakesThem() {
    assertThat(anchor("Demo users (password = user name)"))
        .isEqualTo("demo-users-password--user-name");
    assertThat(anchor("Ports, API descriptions, health and metrics"))
        .isEqualTo("ports-api-descriptions-health-and-metrics");
    assertThat(anchors("# A\n```\n# not a heading\n```\n## Faults survived\n"))
        .containsExactlyInAnyOrder("a", "faults-survived");
  }
}
