package fi.rekisteri.rights.common;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Turns a document's HTML (well-formed XHTML) into PDF with openhtmltopdf. The DejaVu Sans fonts
 * shipped in {@code fonts/} are embedded, so ä, ö and å render on any reader.
 */
public final class PdfDocuments {

  public static final String FONT_FAMILY = "DejaVu Sans";

  private PdfDocuments() {}

  public static byte[] fromHtml(String html) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(
          () -> font("fonts/DejaVuSans.ttf"),
          FONT_FAMILY,
          400,
          PdfRendererBuilder.FontStyle.NORMAL,
          true);
      builder.useFont(
          () -> font("fonts/DejaVuSans-Bold.ttf"),
          FONT_FAMILY,
          700,
          PdfRendererBuilder.FontStyle.NORMAL,
          true);
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("PDF could not be rendered", e);
    }
  }

  private static InputStream font(String path) {
    InputStream font = PdfDocuments.class.getClassLoader().getResourceAsStream(path);
    if (font == null) {
      throw new IllegalStateException("font missing from the classpath: " + path);
    }
    return font;
  }
}
