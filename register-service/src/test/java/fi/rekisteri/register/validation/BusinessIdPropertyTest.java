package fi.rekisteri.register.validation;

import static fi.rekisteri.register.validation.RandomInputs.anyString;
import static fi.rekisteri.register.validation.RandomInputs.digits;
import static fi.rekisteri.register.validation.RandomInputs.oneOf;
import static fi.rekisteri.register.validation.RandomInputs.show;
import static fi.rekisteri.register.validation.RandomInputs.stringOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties of {@link BusinessId} over generated inputs. Each test runs a few hundred cases for
 * each seed; a failure names the seed and case so that it can be reproduced.
 */
class BusinessIdPropertyTest {

  private static final int CASES = 400;
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 42L, 2024L, 31337L, 8675309L})
  void givenSevenDigitsWithComputedCheckDigit_whenIsValid_thenAcceptsAndConstructs(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      String value = withCheckDigit(issuableDigits(random));

      assertThat(BusinessId.isValid(value)).as("seed %d, case %d: %s", seed, i, value).isTrue();
      assertThat(new BusinessId(value).value())
          .as("seed %d, case %d: %s", seed, i, value)
          .isEqualTo(value);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 42L, 2024L, 31337L, 8675309L})
  void givenAnyOtherCheckDigit_whenIsValid_thenRefusesAndThrowsWithoutEchoingValue(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      String digits = issuableDigits(random);
      int shift = 1 + random.nextInt(9);
      String value = digits + "-" + (checkDigit(digits) + shift) % 10;

      assertThat(BusinessId.isValid(value)).as("seed %d, case %d: %s", seed, i, value).isFalse();
      assertThatIllegalArgumentException()
          .as("seed %d, case %d: %s", seed, i, value)
          .isThrownBy(() -> new BusinessId(value))
          .withMessageNotContaining(digits);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 42L, 2024L, 31337L, 8675309L})
  void givenRemainderOne_whenIsValid_thenRefusesEveryCheckDigit(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      String digits = remainderOneDigits(random);
      for (int check = 0; check <= 9; check++) {
        String value = digits + "-" + check;

        assertThat(BusinessId.isValid(value)).as("seed %d, case %d: %s", seed, i, value).isFalse();
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 42L, 2024L, 31337L, 8675309L})
  void givenValidIdInOtherShape_whenIsValid_thenRefuses(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      String canonical = withCheckDigit(issuableDigits(random));
      String noise = noise(random);

      for (String value :
          new String[] {noise + canonical, canonical + noise, canonical.replace("-", noise)}) {
        assertThat(BusinessId.isValid(value))
            .as("seed %d, case %d: %s", seed, i, show(value))
            .isFalse();
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 42L, 2024L, 31337L, 8675309L})
  void givenArbitraryString_whenIsValid_thenNeverThrowsAndOnlyAcceptsCanonicalShape(long seed) {
    Random random = new Random(seed);
    int accepted = 0;
    for (int i = 0; i < CASES; i++) {
      String value = random.nextBoolean() ? anyString(random) : nearlyValid(random);
      String description = String.format("seed %d, case %d: %s", seed, i, show(value));

      assertThatCode(() -> BusinessId.isValid(value)).as(description).doesNotThrowAnyException();
      if (BusinessId.isValid(value)) {
        accepted++;
        assertThat(value).as(description).matches("[0-9]{7}-[0-9]");
      }
    }
    // Without accepted values the check above would never run.
    assertThat(accepted).as("values accepted with seed %d", seed).isPositive();
  }

  /** Seven digits for which a check digit exists. */
  private static String issuableDigits(Random random) {
    String digits;
    do {
      digits = digits(random, 7);
    } while (remainder(digits) == 1);
    return digits;
  }

  /** Seven digits whose check digit would be 10; such numbers are never issued. */
  private static String remainderOneDigits(Random random) {
    String digits;
    do {
      digits = digits(random, 7);
    } while (remainder(digits) != 1);
    return digits;
  }

  private static String noise(Random random) {
    String noise;
    do {
      noise = stringOf(random, " -0123456789aFI.", 1, 3);
      // A lone hyphen would turn the replaced form back into the canonical one.
    } while (noise.equals("-"));
    return noise;
  }

  /** A valid ID with one character replaced, inserted or removed; some of these are still valid. */
  private static String nearlyValid(Random random) {
    String canonical = withCheckDigit(issuableDigits(random));
    int position = random.nextInt(canonical.length());
    char c = oneOf(random, "0123456789- a\u0663\uff13");
    return switch (random.nextInt(3)) {
      case 0 -> canonical.substring(0, position) + c + canonical.substring(position + 1);
      case 1 -> canonical.substring(0, position) + c + canonical.substring(position);
      default -> canonical.substring(0, position) + canonical.substring(position + 1);
    };
  }

  private static String withCheckDigit(String digits) {
    return digits + "-" + checkDigit(digits);
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
