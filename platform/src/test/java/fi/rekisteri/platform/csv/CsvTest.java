package fi.rekisteri.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The formula-injection guard against the cases both services share
 * (src/test/resources/csv-guard/cases.csv; {@code \n}, {@code \r}, {@code \t} and {@code \\} are
 * escapes there).
 */
class CsvTest {

  private static final Path CASES = Path.of("src/test/resources/csv-guard/cases.csv");
  private static final CsvMapper MAPPER = new CsvMapper();

  static Stream<Arguments> cases() throws IOException {
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (MappingIterator<java.util.Map<String, String>> rows =
        MAPPER.readerFor(java.util.Map.class).with(schema).readValues(Files.readString(CASES))) {
      return rows.readAll().stream()
          .map(r -> Arguments.of(unescape(r.get("input")), unescape(r.get("expected"))));
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void givenSharedCase_whenGuard_thenExpectedCell(String input, String expected) {
    assertThat(Csv.guard(input)).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void givenSharedCase_whenWrite_thenReadBackAsExpectedCell(String input, String expected)
      throws IOException {
    String csv = Csv.write(List.of("value"), List.of(List.of(input)), false);

    assertThat(read(csv)).containsExactly(List.of("value"), List.of(expected));
    assertThat(read(Csv.write(List.of("value"), List.of(List.of(input)), true)))
        .containsExactly(List.of("value"), List.of(expected));
  }

  @Test
  void givenSharedFile_whenCases_thenAllRead() throws IOException {
    assertThat(cases()).hasSizeGreaterThan(10);
  }

  private static List<List<String>> read(String csv) throws IOException {
    try (MappingIterator<List<String>> rows =
        MAPPER
            .readerFor(List.class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .with(CsvSchema.emptySchema())
            .readValues(csv)) {
      return rows.readAll();
    }
  }

  private static String unescape(String value) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        char next = value.charAt(++i);
        out.append(
            switch (next) {
              case 'n' -> '\n';
              case 'r' -> '\r';
              case 't' -> '\t';
              default -> next;
            });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
