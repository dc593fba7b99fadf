package fi.rekisteri.rights.accesspackage;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * A package as a person reads it: headed sections of labelled values, already worded in the
 * request's language. The HTML, text and PDF forms are templates over this one model.
 */
@TemplateData
public record ReadableCopy(
    String language, String title, String intro, String controller, List<Section> sections) {

  /** A line under the title in the text form, as long as the title. */
  public String underline(String mark) {
    return mark.repeat(title.length());
  }

  /**
   * A heading with paragraphs, labelled rows, lines (one log entry each) and items (an order, an
   * invoice, a request).
   */
  @TemplateData
  public record Section(
      String heading, List<String> texts, List<Row> rows, List<String> lines, List<Item> items) {
    public boolean isEmpty() {
      return texts.isEmpty() && rows.isEmpty() && lines.isEmpty() && items.isEmpty();
    }

    public String underline(String mark) {
      return mark.repeat(heading.length());
    }
  }

  @TemplateData
  public record Item(String heading, List<Row> rows, List<String> lines) {}

  @TemplateData
  public record Row(String label, String value) {}
}
