package fi.rekisteri.rights.common;

import static org.assertj.core.api.Assertions.assertThat;

import fi.rekisteri.platform.validation.PersonalIdentityCodes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rights service's copy of the henkilötunnus rule against the register's own cases (the same
 * file its {@code validation/PersonalIdentityCodesTest} reads), so that both services refuse the
 * same texts.
 */
class PersonalIdentityCodesTest {

  /** From the rights-service module directory, as the fake register reads the golden files. */
  static final Path CASES =
      Path.of("../register-service/src/test/resources/identity-codes/cases.csv");

  static Stream<Arguments> cases() {
    try {
      return Files.readAllLines(CASES, StandardCharsets.UTF_8).stream()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(
              line -> {
                int comma = line.indexOf(',');
                String text = line.substring(comma + 1).replace("\\n", "\n").replace("\\t", "\t");
                return Arguments.of(Boolean.parseBoolean(line.substring(0, comma)), text);
              })
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException("no shared cases at " + CASES.toAbsolutePath(), e);
    }
  }

  @ParameterizedTest(name = "{0}: [{1}]")
  @MethodSource("cases")
  void givenSharedCase_whenChecked_thenAsTheRegisterDecides(boolean expected, String text) {
    assertThat(PersonalIdentityCodes.containsIdentityCode(text)).isEqualTo(expected);
  }

  @Test
  void givenNull_whenChecked_thenNoCode() {
    assertThat(PersonalIdentityCodes.containsIdentityCode(null)).isFalse();
  }

  @Test
  void givenSharedFile_whenRead_thenBothOutcomesCovered() {
    assertThat(cases().map(a -> a.get()[0])).contains(true, false).hasSizeGreaterThan(50);
  }
}
