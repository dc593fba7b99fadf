package fi.rekisteri.rights.letter;

import fi.rekisteri.rights.common.PdfDocuments;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import java.util.Arrays;
import java.util.List;

/**
 * A letter as sent, laid out on an A4 page as PDF ({@code templates/letters/pdf.html}): the stored
 * text is the letter; its paragraphs become the page's paragraphs, the matter line in bold.
 */
public final class LetterPdf {

  public static final String MEDIA_TYPE = "application/pdf";

  @CheckedTemplate(basePath = "letters")
  static class Templates {
    static native TemplateInstance pdf(String language, String title, List<Paragraph> paragraphs);
  }

  /** One paragraph of the letter; {@code matter} marks the paragraph that names the matter. */
  @TemplateData
  public record Paragraph(List<String> lines, boolean matter) {}

  private LetterPdf() {}

  /** True when the caller's Accept header asks for a PDF. */
  public static boolean wanted(String accept) {
    return accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains(MEDIA_TYPE);
  }

  public static byte[] render(String language, String title, String body) {
    List<Paragraph> paragraphs =
        Arrays.stream(body.strip().split("\\n\\s*\\n"))
            .map(paragraph -> List.of(paragraph.split("\\n")))
            .map(lines -> new Paragraph(lines, lines.get(0).endsWith(": " + title)))
            .toList();
    return PdfDocuments.fromHtml(Templates.pdf(language, title, paragraphs).render());
  }
}
