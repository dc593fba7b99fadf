package fi.rekisteri.register.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"2077474-0", "1572860-0", "0245974-7", "1234567-1", "0737546-2"})
  void givenRealisticYTunnus_whenIsValid_thenReturnsTrue(String value) {
    assertThat(BusinessId.isValid(value)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "2077474-1", // wrong check digit
        "0245974-0", // wrong check digit
        "1111111-0", // remainder 1: no check digit exists
        "1111111-1",
        "20774740", // missing hyphen
        "207747-0", // six digits
        "02077474-0", // eight digits
        "2077474-00",
        " 2077474-0",
        "2077474-0 ",
        "2077474 0",
        "FI20774740", // VAT number form is not a Y-tunnus
        "207747a-0",
        "２０７７４７４-０", // full-width digits
      })
  void givenMalformedOrWrongCheckDigit_whenIsValid_thenReturnsFalse(String value) {
    assertThat(BusinessId.isValid(value)).isFalse();
  }

  @Test
  void givenValidValue_whenConstructor_thenKeepsValue() {
    assertThat(new BusinessId("2077474-0").value()).isEqualTo("2077474-0");
  }

  @Test
  void givenSameValue_whenConstructor_thenCreatesEqualIds() {
    assertThat(new BusinessId("0245974-7")).isEqualTo(new BusinessId("0245974-7"));
  }

  @Test
  void givenWrongCheckDigit_whenConstructor_thenThrowsWithoutEchoingValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new BusinessId("2077474-9"))
        .withMessage("not a valid Y-tunnus")
        .withMessageNotContaining("2077474");
  }

  @Test
  void givenNull_whenConstructor_thenThrowsIllegalArgument() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new BusinessId(null))
        .withMessage("not a valid Y-tunnus");
  }
}
