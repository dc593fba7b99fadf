package fi.rekisteri.rights.accesspackage;

import fi.rekisteri.rights.accesspackage.ReadableCopy.Item;
import fi.rekisteri.rights.accesspackage.ReadableCopy.Row;
import fi.rekisteri.rights.accesspackage.ReadableCopy.Section;
import java.util.ArrayList;
import java.util.List;

/** Collects one section of the copy; empty values are left out, never printed as a dash. */
final class SectionBuilder {

  private final String heading;
  private final List<String> texts = new ArrayList<>();
  private final Rows rows = new Rows();
  private final List<String> lines = new ArrayList<>();
  private final List<Item> items = new ArrayList<>();

  SectionBuilder(String heading) {
    this.heading = heading;
  }

  SectionBuilder text(String text) {
    if (text != null && !text.isBlank()) {
      texts.add(text);
    }
    return this;
  }

  SectionBuilder row(String label, String value) {
    rows.add(label, value);
    return this;
  }

  SectionBuilder line(String line) {
    if (line != null && !line.isBlank()) {
      lines.add(line);
    }
    return this;
  }

  SectionBuilder item(String heading, List<Row> itemRows, List<String> lines) {
    items.add(new Item(heading, List.copyOf(itemRows), List.copyOf(lines)));
    return this;
  }

  Section build() {
    return new Section(
        heading,
        List.copyOf(texts),
        List.copyOf(rows.list()),
        List.copyOf(lines),
        List.copyOf(items));
  }

  /** Rows of an item, collected the same way. */
  static final class Rows {
    private final List<Row> rows = new ArrayList<>();

    Rows add(String label, String value) {
      if (value != null && !value.isBlank()) {
        rows.add(new Row(label, value));
      }
      return this;
    }

    List<Row> list() {
      return rows;
    }
  }
}
