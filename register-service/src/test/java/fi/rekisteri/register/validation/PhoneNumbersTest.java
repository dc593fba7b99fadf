package fi.rekisteri.register.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "040 123 4567        | +358401234567",
        "0401234567          | +358401234567",
        "040-123 4567        | +358401234567",
        "+358 40 123 4567    | +358401234567",
        "+358 (0)40 123 4567 | +358401234567",
        "00358 40 123 4567   | +358401234567",
        "050 555 1234        | +358505551234",
        "(09) 310 1691       | +35893101691",
        "+358 9 1234 5678    | +358912345678",
        "+46 8 123 456 78    | +46812345678",
        "+1 650 253 0000     | +16502530000",
      })
  void givenValidNumber_whenToE164_thenReturnsE164(String input, String expected) {
    assertThat(PhoneNumbers.toE164(input)).contains(expected);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "abc",
        "+358",
        "040 123", // too short for a Finnish mobile number
        "12345",
        "+999 123 456 789", // no such country code
        "040 123 4567 8901 2345 6789",
      })
  void givenUnparsableOrInvalidNumber_whenToE164_thenReturnsEmpty(String input) {
    assertThat(PhoneNumbers.toE164(input)).isEmpty();
  }
}
