package fi.rekisteri.register.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostalCodesTest {

  @ParameterizedTest
  @ValueSource(strings = {"00100", "33100", "99999", "00000", "96100"})
  void givenFiveDigits_whenIsValidFinnish_thenReturnsTrue(String value) {
    assertThat(PostalCodes.isValidFinnish(value)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "0010",
        "001000",
        " 00100",
        "00100 ",
        "00100\n",
        "00 100",
        "FI-00100",
        "0010a",
        "١٢٣٤٥", // Arabic-Indic digits
        "０１２３４", // full-width digits
      })
  void givenOtherThanFiveAsciiDigits_whenIsValidFinnish_thenReturnsFalse(String value) {
    assertThat(PostalCodes.isValidFinnish(value)).isFalse();
  }
}
