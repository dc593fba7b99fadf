package fi.rekisteri.register.validation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PostalCodesPropertyTest {

  @Property
  void isValidFinnish_givenAnyFiveDigits_returnsTrue(@ForAll("fiveDigits") String value) {
    assertThat(PostalCodes.isValidFinnish(value)).isTrue();
  }

  @Property
  void isValidFinnish_givenDigitRunOfOtherLength_returnsFalse(@ForAll("digitRuns") String value) {
    assertThat(PostalCodes.isValidFinnish(value)).isEqualTo(value.length() == 5);
  }

  @Property
  void isValidFinnish_givenOneCharacterNotAnAsciiDigit_returnsFalse(
      @ForAll("fiveDigits") String digits,
      @ForAll @IntRange(min = 0, max = 4) int position,
      @ForAll("nonAsciiDigits") char replacement) {
    String value = digits.substring(0, position) + replacement + digits.substring(position + 1);

    assertThat(PostalCodes.isValidFinnish(value)).isFalse();
  }

  @Property
  void isValidFinnish_givenArbitraryString_neverThrows(@ForAll String value) {
    if (PostalCodes.isValidFinnish(value)) {
      assertThat(value).hasSize(5);
    }
  }

  @Provide
  Arbitrary<String> fiveDigits() {
    return Arbitraries.strings().numeric().ofLength(5);
  }

  @Provide
  Arbitrary<String> digitRuns() {
    return Arbitraries.strings().numeric().ofMaxLength(12);
  }

  @Provide
  Arbitrary<Character> nonAsciiDigits() {
    return Arbitraries.chars().filter(c -> c < '0' || c > '9');
  }
}
