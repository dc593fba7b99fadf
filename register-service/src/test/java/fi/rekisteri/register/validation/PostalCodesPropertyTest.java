package fi.rekisteri.register.validation;

import static fi.rekisteri.register.validation.RandomInputs.anyChar;
import static fi.rekisteri.register.validation.RandomInputs.anyString;
import static fi.rekisteri.register.validation.RandomInputs.digits;
import static fi.rekisteri.register.validation.RandomInputs.show;
import static fi.rekisteri.register.validation.RandomInputs.stringOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties of {@link PostalCodes} over generated inputs. Each test runs a few hundred cases for
 * each seed; a failure names the seed and case so that it can be reproduced.
 */
class PostalCodesPropertyTest {

  private static final int CASES = 400;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 42L, 2024L, 31337L, 8675309L})
  void givenAnyFiveDigits_whenIsValidFinnish_thenReturnsTrue(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      String value = digits(random, 5);

      assertThat(PostalCodes.isValidFinnish(value))
          .as("seed %d, case %d: %s", seed, i, value)
          .isTrue();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 42L, 2024L, 31337L, 8675309L})
  void givenDigitRunOfAnyLength_whenIsValidFinnish_thenReturnsTrueOnlyForFive(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      String value = stringOf(random, "0123456789", 0, 12);

      assertThat(PostalCodes.isValidFinnish(value))
          .as("seed %d, case %d: %s", seed, i, show(value))
          .isEqualTo(value.length() == 5);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 42L, 2024L, 31337L, 8675309L})
  void givenOneCharacterNotAnAsciiDigit_whenIsValidFinnish_thenReturnsFalse(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      String digits = digits(random, 5);
      int position = random.nextInt(5);
      char replacement = nonAsciiDigit(random);
      String value = digits.substring(0, position) + replacement + digits.substring(position + 1);

      assertThat(PostalCodes.isValidFinnish(value))
          .as("seed %d, case %d: %s", seed, i, show(value))
          .isFalse();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 42L, 2024L, 31337L, 8675309L})
  void givenArbitraryString_whenIsValidFinnish_thenNeverThrowsAndAcceptsOnlyFiveAsciiDigits(
      long seed) {
    Random random = new Random(seed);
    int accepted = 0;
    for (int i = 0; i < CASES; i++) {
      String value = random.nextBoolean() ? anyString(random) : nearlyPostalCode(random);
      String description = String.format("seed %d, case %d: %s", seed, i, show(value));

      assertThatCode(() -> PostalCodes.isValidFinnish(value))
          .as(description)
          .doesNotThrowAnyException();
      if (PostalCodes.isValidFinnish(value)) {
        accepted++;
        assertThat(value).as(description).matches("[0-9]{5}");
      }
    }
    // Without accepted values the check above would never run.
    assertThat(accepted).as("values accepted with seed %d", seed).isPositive();
  }

  private static char nonAsciiDigit(Random random) {
    char c;
    do {
      c = anyChar(random);
    } while (c >= '0' && c <= '9');
    return c;
  }

  /** Four to six characters, mostly ASCII digits; some of these are postal codes. */
  private static String nearlyPostalCode(Random random) {
    StringBuilder sb = new StringBuilder();
    int length = 4 + random.nextInt(3);
    for (int i = 0; i < length; i++) {
      sb.append(random.nextInt(8) == 0 ? anyChar(random) : (char) ('0' + random.nextInt(10)));
    }
    return sb.toString();
  }
}
