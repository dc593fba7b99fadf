package fi.rekisteri.register.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fi.rekisteri.platform.validation.PersonalIdentityCodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples of the henkilötunnus rule (the platform's {@code PersonalIdentityCodes}, which both
 * services use), read from {@code identity-codes/cases.csv}; the rights service's {@code
 * common/PersonalIdentityCodesTest} runs the same file against it.
 */
class PersonalIdentityCodesTest {

  static Stream<Arguments> cases() {
    try (InputStream in =
        PersonalIdentityCodesTest.class.getResourceAsStream("/identity-codes/cases.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.isBlank() && !line.startsWith("#"))
              .map(
                  line -> {
                    int comma = line.indexOf(',');
                    String text =
                        line.substring(comma + 1).replace("\\n", "\n").replace("\\t", "\t");
                    return Arguments.of(Boolean.parseBoolean(line.substring(0, comma)), text);
                  })
              .toList()
              .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}: [{1}]")
  @MethodSource("cases")
  void givenSharedCase_whenContainsIdentityCode_thenAsExpected(boolean expected, String text) {
    assertThat(PersonalIdentityCodes.containsIdentityCode(text)).isEqualTo(expected);
  }

  @Test
  void givenNull_whenContainsIdentityCode_thenFalse() {
    assertThat(PersonalIdentityCodes.containsIdentityCode(null)).isFalse();
  }

  @Test
  void givenSharedFile_whenCases_thenBothOutcomesCovered() {
    assertThat(cases().map(a -> a.get()[0])).contains(true, false).hasSizeGreaterThan(50);
  }
}
