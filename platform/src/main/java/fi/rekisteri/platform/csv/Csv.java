package fi.rekisteri.platform.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * CSV for people who open it in a spreadsheet: RFC 4180 by jackson-dataformat-csv, CRLF line ends,
 * and every cell passed through {@link #guard} against formula injection: what both services'
 * exports (the register's list export, the rights service's access package) write. Its cases are
 * platform/src/test/resources/csv-guard/cases.csv.
 */
public final class Csv {

  private static final CsvMapper MAPPER = new CsvMapper();
  private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

  private Csv() {}

  /**
   * The cell as a spreadsheet may safely read it: a line (the value's first, or any after a line
   * break) that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
   * gets a leading {@code '}, so that no line is taken for a formula.
   */
  public static String guard(String value) {
    if (value == null || value.isEmpty()) {
      return value == null ? "" : value;
    }
    StringBuilder out = new StringBuilder(value.length() + 1);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean lineStart =
          i == 0 || value.charAt(i - 1) == '\n' || (value.charAt(i - 1) == '\r' && c != '\n');
      if (lineStart && (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r')) {
        out.append('\'');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * The header (plain names, never quoted) and the rows as CSV, every cell guarded; {@code
   * quoteAll} quotes every cell of the rows, otherwise only those that need it.
   */
  public static String write(List<String> header, List<List<String>> rows, boolean quoteAll) {
    ObjectWriter plain =
        MAPPER
            .writerFor(String[].class)
            .with(SCHEMA)
            .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
    ObjectWriter writer =
        quoteAll
            ? plain.withFeatures(
                CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS,
                CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS)
            : plain;
    try {
      StringBuilder out = new StringBuilder(plain.writeValueAsString(guarded(header)));
      for (List<String> row : rows) {
        out.append(writer.writeValueAsString(guarded(row)));
      }
      return out.toString();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Only the rows, as {@link #write} writes them after its header: for a list sent in parts. */
  public static String rows(List<List<String>> rows, boolean quoteAll) {
    String all = write(List.of(), rows, quoteAll);
    return all.startsWith("\r\n") ? all.substring(2) : all;
  }

  private static String[] guarded(List<String> row) {
    return row.stream().map(Csv::guard).toArray(String[]::new);
  }
}
