package fi.rekisteri.register.validation;

import static fi.rekisteri.register.validation.RandomInputs.anyString;
import static fi.rekisteri.register.validation.RandomInputs.digits;
import static fi.rekisteri.register.validation.RandomInputs.oneOf;
import static fi.rekisteri.register.validation.RandomInputs.show;
import static fi.rekisteri.register.validation.RandomInputs.stringOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties of {@link PhoneNumbers} over generated inputs. Each test runs a few hundred cases for
 * each seed; a failure names the seed and case so that it can be reproduced.
 */
class PhoneNumbersPropertyTest {

  private static final int CASES = 400;
  private static final String E164 = "\\+[1-9][0-9]{1,14}";

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 42L, 2024L, 31337L, 8675309L})
  void givenArbitraryString_whenToE164_thenNeverThrowsAndReturnsE164Shape(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      String input = anyString(random);
      String description = String.format("seed %d, case %d: %s", seed, i, show(input));

      assertThatCode(() -> PhoneNumbers.toE164(input)).as(description).doesNotThrowAnyException();
      PhoneNumbers.toE164(input).ifPresent(e164 -> assertThat(e164).as(description).matches(E164));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 42L, 2024L, 31337L, 8675309L})
  void givenPhoneLikeString_whenToE164_thenNeverThrowsAndReturnsE164Shape(long seed) {
    Random random = new Random(seed);
    int parsed = 0;
    for (int i = 0; i < CASES; i++) {
      String input = phoneLike(random);
      String description = String.format("seed %d, case %d: %s", seed, i, show(input));

      assertThatCode(() -> PhoneNumbers.toE164(input)).as(description).doesNotThrowAnyException();
      Optional<String> result = PhoneNumbers.toE164(input);
      if (result.isPresent()) {
        parsed++;
        assertThat(result.get()).as(description).matches(E164);
      }
    }
    // Without parsed numbers the check above would never run.
    assertThat(parsed).as("numbers parsed with seed %d", seed).isPositive();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 42L, 2024L, 31337L, 8675309L})
  void givenItsOwnResult_whenToE164_thenReturnsItUnchanged(long seed) {
    // Normalised numbers are stored and may be validated again, so this must be a fixed point.
    Random random = new Random(seed);
    int parsed = 0;
    for (int i = 0; i < CASES; i++) {
      String input = phoneLike(random);
      Optional<String> result = PhoneNumbers.toE164(input);
      if (result.isPresent()) {
        parsed++;
        String e164 = result.get();

        assertThat(PhoneNumbers.toE164(e164))
            .as("seed %d, case %d: %s normalised to %s", seed, i, show(input), e164)
            .contains(e164);
      }
    }
    // Without parsed numbers the check above would never run.
    assertThat(parsed).as("numbers parsed with seed %d", seed).isPositive();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 42L, 2024L, 31337L, 8675309L})
  void givenFinnishMobileInLocalForm_whenToE164_thenReturnsInternationalForm(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      String subscriber = digits(random, 7);

      assertThat(PhoneNumbers.toE164("040 " + subscriber))
          .as("seed %d, case %d: 040 %s", seed, i, subscriber)
          .contains("+35840" + subscriber);
      assertThat(PhoneNumbers.toE164("+358 40 " + subscriber))
          .as("seed %d, case %d: +358 40 %s", seed, i, subscriber)
          .contains("+35840" + subscriber);
    }
  }

  /**
   * A string of the characters {@code 0123456789 +-()}. Half are drawn freely, up to 30 long; the
   * other half are a prefix people actually type and five to ten digits with the odd separator, so
   * that a good share of them are valid numbers.
   */
  private static String phoneLike(Random random) {
    if (random.nextBoolean()) {
      return stringOf(random, "0123456789 +-()", 0, 30);
    }
    String[] prefixes = {"0", "040 ", "050-", "(09) ", "+358 ", "+358 (0)40 ", "00358 ", "+46 "};
    StringBuilder sb = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
    int digits = 5 + random.nextInt(6);
    for (int i = 0; i < digits; i++) {
      if (random.nextInt(4) == 0) {
        sb.append(oneOf(random, " -"));
      }
      sb.append((char) ('0' + random.nextInt(10)));
    }
    return sb.toString();
  }
}
