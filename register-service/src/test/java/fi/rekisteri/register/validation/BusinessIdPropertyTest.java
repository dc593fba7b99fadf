package fi.rekisteri.register.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class BusinessIdPropertyTest {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

  @Property
  void isValid_givenSevenDigitsWithComputedCheckDigit_acceptsAndConstructs(
      @ForAll("issuableDigits") String digits) {
    String value = digits + "-" + checkDigit(digits);

    assertThat(BusinessId.isValid(value)).isTrue();
    assertThat(new BusinessId(value).value()).isEqualTo(value);
  }

  @Property
  void isValid_givenAnyOtherCheckDigit_refuses(
      @ForAll("issuableDigits") String digits, @ForAll @IntRange(min = 1, max = 9) int shift) {
    String value = digits + "-" + (checkDigit(digits) + shift) % 10;

    assertThat(BusinessId.isValid(value)).isFalse();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new BusinessId(value))
        .withMessageNotContaining(digits);
  }

  @Property
  void isValid_givenRemainderOne_refusesEveryCheckDigit(
      @ForAll("remainderOneDigits") String digits, @ForAll @IntRange(min = 0, max = 9) int check) {
    assertThat(BusinessId.isValid(digits + "-" + check)).isFalse();
  }

  @Property
  void isValid_givenValidIdInOtherShape_refuses(
      @ForAll("issuableDigits") String digits, @ForAll("noise") String noise) {
    String canonical = digits + "-" + checkDigit(digits);

    assertThat(BusinessId.isValid(noise + canonical)).isFalse();
    assertThat(BusinessId.isValid(canonical + noise)).isFalse();
    assertThat(BusinessId.isValid(canonical.replace("-", noise))).isFalse();
  }

  @Property
  void isValid_givenArbitraryString_neverThrowsAndOnlyAcceptsCanonicalShape(@ForAll String value) {
    if (BusinessId.isValid(value)) {
      assertThat(value).matches("[0-9]{7}-[0-9]");
    }
  }

  @Provide
  Arbitrary<String> issuableDigits() {
    return Arbitraries.strings().numeric().ofLength(7).filter(d -> remainder(d) != 1);
  }

  @Provide
  Arbitrary<String> remainderOneDigits() {
    return Arbitraries.strings().numeric().ofLength(7).filter(d -> remainder(d) == 1);
  }

  @Provide
  Arbitrary<String> noise() {
    // A lone hyphen would turn the replaced form back into the canonical one.
    return Arbitraries.strings()
        .withChars(" -0123456789aFI.")
        .ofMinLength(1)
        .ofMaxLength(3)
        .filter(n -> !n.equals("-"));
  }

  private static int checkDigit(String digits) {
    int remainder = remainder(digits);
    return remainder == 0 ? 0 : 11 - remainder;
  }

  private static int remainder(String digits) {
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      sum += (digits.charAt(i) - '0') * WEIGHTS[i];
    }
    return sum % 11;
  }
}
