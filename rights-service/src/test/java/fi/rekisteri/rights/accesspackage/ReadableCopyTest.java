package fi.rekisteri.rights.accesspackage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.rekisteri.rights.common.JsonText;
import fi.rekisteri.rights.support.RightsStack;
import fi.rekisteri.stack.FinnishText;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The readable access copy (text, HTML, PDF) of a package in the shape the service stores, against
 * reviewed golden files in {@code src/test/resources/golden/copies/}; rewrite them after a reviewed
 * change with {@code -Dgolden.update=true}.
 */
@QuarkusTest
@WithTestResource(RightsStack.class)
class ReadableCopyTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/copies");

  private static JsonNode pkg(String language) throws IOException {
    return JsonText.read(
        Files.readString(
            GOLDEN.resolve("access-package." + language + ".json"), StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"fi, txt", "en, txt", "fi, html", "en, html"})
  void givenAccessPackage_whenRendered_thenMatchesReviewedGoldenFile(String language, String form)
      throws IOException {
    String rendered =
        form.equals("txt")
            ? ReadableCopyRenderer.text(pkg(language))
            : ReadableCopyRenderer.html(pkg(language));
    Path golden = GOLDEN.resolve("access-copy." + language + "." + form);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, rendered, StandardCharsets.UTF_8);
    }

    assertThat(rendered).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void givenFinnishPackage_whenRenderedAsText_thenNoEnglishWordCodeKeyOrIsoTimestamp()
      throws IOException {
    String text = ReadableCopyRenderer.text(pkg("fi"));

    assertThat(FinnishText.problems(text)).isEmpty();
    assertThat(text)
        .contains("Jäljennös on muodostettu 30.11.2026 klo 14.30.")
        .contains("12\u00a0400,00\u00a0€")
        .contains("Tietolähde: tarjouspyyntö, 20.2.2021")
        .doesNotContain("legalBasis")
        .doesNotContain("QUOTE_REQUEST");
  }

  @Test
  void givenFinnishPackage_whenRenderedAsHtml_thenVisibleTextIsFinnishAndMarkupEscaped()
      throws IOException {
    String html = ReadableCopyRenderer.html(pkg("fi"));
    String visible = html.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("<[^>]+>", " ");

    assertThat(FinnishText.problems(visible.replace("&lt;", "<").replace("&gt;", ">"))).isEmpty();
    assertThat(html).contains("&lt;b&gt;kiitos&lt;/b&gt;").doesNotContain("<b>kiitos</b>");
  }

  @Test
  void givenFinnishPackage_whenRenderedAsPdf_thenFontsEmbeddedAndScandinavianLettersKept()
      throws IOException {
    byte[] pdf = ReadableCopyRenderer.pdf(pkg("fi"));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Meikäläinen").contains("Jäljennös henkilötiedoistanne");
      PDFont font =
          document
              .getPage(0)
              .getResources()
              .getFont(document.getPage(0).getResources().getFontNames().iterator().next());
      assertThat(font.isEmbedded()).isTrue();
      assertThat(font.getName()).contains("DejaVu");
    }
  }
}
