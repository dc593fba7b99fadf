package fi.rekisteri.register.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PhoneNumbersPropertyTest {

  @Property
  void toE164_givenArbitraryString_neverThrowsAndReturnsE164Shape(@ForAll String input) {
    Optional<String> result = PhoneNumbers.toE164(input);

    result.ifPresent(e164 -> assertThat(e164).matches("\\+[1-9][0-9]{1,14}"));
  }

  @Property
  void toE164_givenPhoneLikeString_neverThrowsAndReturnsE164Shape(
      @ForAll("phoneLike") String input) {
    Optional<String> result = PhoneNumbers.toE164(input);

    result.ifPresent(e164 -> assertThat(e164).matches("\\+[1-9][0-9]{1,14}"));
  }

  @Property
  void toE164_givenItsOwnResult_returnsItUnchanged(@ForAll("phoneLike") String input) {
    // Normalised numbers are stored and may be validated again, so this must be a fixed point.
    PhoneNumbers.toE164(input)
        .ifPresent(e164 -> assertThat(PhoneNumbers.toE164(e164)).contains(e164));
  }

  @Property
  void toE164_givenFinnishMobileInLocalForm_returnsInternationalForm(
      @ForAll("sevenDigits") String subscriber) {
    assertThat(PhoneNumbers.toE164("040 " + subscriber)).contains("+35840" + subscriber);
    assertThat(PhoneNumbers.toE164("+358 40 " + subscriber)).contains("+35840" + subscriber);
  }

  @Provide
  Arbitrary<String> phoneLike() {
    return Arbitraries.strings().withChars("0123456789 +-()").ofMaxLength(30);
  }

  @Provide
  Arbitrary<String> sevenDigits() {
    return Arbitraries.strings().numeric().ofLength(7);
  }
}
