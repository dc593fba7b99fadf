package fi.rekisteri.rights.accesspackage;

import com.fasterxml.jackson.databind.JsonNode;
import fi.rekisteri.rights.common.PdfDocuments;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The readable copy of a package as HTML, plain text or PDF, from {@code templates/copies/}. */
final class ReadableCopyRenderer {

  @CheckedTemplate(basePath = "copies")
  static class Templates {
    static native TemplateInstance html(ReadableCopy copy);

    static native TemplateInstance text(ReadableCopy copy);
  }

  private ReadableCopyRenderer() {}

  static String html(JsonNode pkg) {
    return Templates.html(ReadableCopyBuilder.of(pkg)).render();
  }

  static String text(JsonNode pkg) {
    return Templates.text(ReadableCopyBuilder.of(pkg)).render().strip() + "\n";
  }

  static byte[] pdf(JsonNode pkg) {
    return PdfDocuments.fromHtml(html(pkg));
  }
}
