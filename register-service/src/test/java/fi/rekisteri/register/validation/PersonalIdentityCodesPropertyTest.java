package fi.rekisteri.register.validation;

import static fi.rekisteri.register.validation.RandomInputs.anyChar;
import static fi.rekisteri.register.validation.RandomInputs.anyString;
import static fi.rekisteri.register.validation.RandomInputs.oneOf;
import static fi.rekisteri.register.validation.RandomInputs.show;
import static fi.rekisteri.register.validation.RandomInputs.stringOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import fi.rekisteri.platform.validation.PersonalIdentityCodes;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties of {@link PersonalIdentityCodes} over generated inputs. Each test runs a few hundred
 * cases for each seed; a failure names the seed and case so that it can be reproduced.
 */
class PersonalIdentityCodesPropertyTest {

  private static final int CASES = 400;
  private static final String CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
  private static final String CENTURY_SIGNS = "+-YXWVUABCDEF";
  private static final String SEPARATORS = " \n,.:;()/\"-ä€";
  private static final String ALPHANUMERICS =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final LocalDate FIRST = LocalDate.of(1800, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2099, 12, 31);

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 42L, 2024L, 31337L, 8675309L})
  void givenValidCodeEmbeddedInRandomText_whenContainsIdentityCode_thenReturnsTrue(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      String text =
          anyString(random)
              + oneOf(random, SEPARATORS)
              + validCode(random)
              + oneOf(random, SEPARATORS)
              + anyString(random);

      assertThat(PersonalIdentityCodes.containsIdentityCode(text))
          .as("seed %d, case %d: %s", seed, i, show(text))
          .isTrue();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 42L, 2024L, 31337L, 8675309L})
  void givenValidCodeWithLettersInAnyCase_whenContainsIdentityCode_thenReturnsTrue(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      String code = mixCase(random, validCode(random));
      String text = random.nextBoolean() ? code : "hetu " + code + ", soita";

      assertThat(PersonalIdentityCodes.containsIdentityCode(text))
          .as("seed %d, case %d: %s", seed, i, show(text))
          .isTrue();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 42L, 2024L, 31337L, 8675309L})
  void givenWrongCheckCharacterInAnyCase_whenContainsIdentityCode_thenReturnsFalse(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      String code = validCode(random);
      int shift = 1 + random.nextInt(30);
      char wrong = CHECK_CHARS.charAt((CHECK_CHARS.indexOf(code.charAt(10)) + shift) % 31);
      String text = mixCase(random, code.substring(0, 10) + wrong);

      assertThat(PersonalIdentityCodes.containsIdentityCode(text))
          .as("seed %d, case %d: %s (correct: %s)", seed, i, show(text), code)
          .isFalse();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 42L, 2024L, 31337L, 8675309L})
  void givenCodeGluedToAlphanumeric_whenContainsIdentityCode_thenReturnsFalse(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      String code = mixCase(random, validCode(random));
      char glue = oneOf(random, ALPHANUMERICS);

      assertThat(PersonalIdentityCodes.containsIdentityCode(glue + code))
          .as("seed %d, case %d: %s", seed, i, glue + code)
          .isFalse();
      assertThat(PersonalIdentityCodes.containsIdentityCode(code + glue))
          .as("seed %d, case %d: %s", seed, i, code + glue)
          .isFalse();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 42L, 2024L, 31337L, 8675309L})
  void givenAnyDateDigitsWithCorrectChecksum_whenContainsIdentityCode_thenFindsOnlyExistingDates(
      long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      // Half the days and months are drawn near the valid range, where the edges are.
      int day = random.nextBoolean() ? random.nextInt(33) : random.nextInt(100);
      int month = random.nextBoolean() ? random.nextInt(14) : random.nextInt(100);
      int year = random.nextInt(100);
      char sign = oneOf(random, CENTURY_SIGNS);
      int individual = individual(random);
      int fullYear = centuryOf(sign) + year;
      boolean dateExists =
          month >= 1
              && month <= 12
              && day >= 1
              && day <= LocalDate.of(fullYear, month, 1).lengthOfMonth();
      String code = mixCase(random, code(day, month, year, sign, individual));

      assertThat(PersonalIdentityCodes.containsIdentityCode(code))
          .as("seed %d, case %d: %s", seed, i, code)
          .isEqualTo(dateExists);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 42L, 2024L, 31337L, 8675309L})
  void givenDigitsAndHyphensOfAnyShape_whenContainsIdentityCode_thenNeverThrowsAndNeedsCodeShape(
      long seed) {
    Random random = new Random(seed);
    int found = 0;
    for (int i = 0; i < CASES; i++) {
      String text =
          random.nextBoolean()
              ? stringOf(random, "0123456789-", 0, 40)
              // A 1900s code with a digit as its check character is all digits and hyphens.
              : stringOf(random, "0123456789-", 0, 15)
                  + "-"
                  + digitsOnlyCode(random)
                  + "-"
                  + stringOf(random, "0123456789-", 0, 15);
      String description = String.format("seed %d, case %d: %s", seed, i, text);

      assertThatCode(() -> PersonalIdentityCodes.containsIdentityCode(text))
          .as(description)
          .doesNotThrowAnyException();
      if (PersonalIdentityCodes.containsIdentityCode(text)) {
        found++;
        assertThat(text).as(description).containsPattern("[0-9]{6}-[0-9]{4}");
      }
    }
    // Without found codes the check above would never run.
    assertThat(found).as("codes found with seed %d", seed).isPositive();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 42L, 2024L, 31337L, 8675309L})
  void givenNumbersWithoutCenturySign_whenContainsIdentityCode_thenReturnsFalse(long seed) {
    Random random = new Random(seed);
    String alphabet = "0123456789 ./()";
    for (int i = 0; i < CASES; i++) {
      String text;
      if (random.nextBoolean()) {
        text = stringOf(random, alphabet, 0, 40);
      } else {
        // A code that would be found, with its century sign replaced or dropped.
        String code = digitsOnlyCode(random);
        String replacement = random.nextBoolean() ? "" : String.valueOf(oneOf(random, " ./()"));
        text =
            stringOf(random, alphabet, 0, 10)
                + " "
                + code.substring(0, 6)
                + replacement
                + code.substring(7)
                + " "
                + stringOf(random, alphabet, 0, 10);
      }

      assertThat(PersonalIdentityCodes.containsIdentityCode(text))
          .as("seed %d, case %d: %s", seed, i, show(text))
          .isFalse();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 42L, 2024L, 31337L, 8675309L})
  void givenArbitraryText_whenContainsIdentityCode_thenNeverThrows(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < CASES; i++) {
      String text = random.nextBoolean() ? anyString(random) : damagedCode(random);

      assertThatCode(() -> PersonalIdentityCodes.containsIdentityCode(text))
          .as("seed %d, case %d: %s", seed, i, show(text))
          .doesNotThrowAnyException();
    }
  }

  /** A valid code for a date from 1800 to 2099, with any of the century signs for that century. */
  private static String validCode(Random random) {
    LocalDate date = FIRST.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(FIRST, LAST) + 1));
    return code(
        date.getDayOfMonth(),
        date.getMonthValue(),
        date.getYear() % 100,
        signFor(date.getYear(), random.nextInt(6)),
        individual(random));
  }

  /** A valid code made of digits and a hyphen only. */
  private static String digitsOnlyCode(Random random) {
    String code;
    do {
      code = validCode(random);
    } while (code.charAt(6) != '-' || !Character.isDigit(code.charAt(10)));
    return code;
  }

  /** A valid code, possibly in lower case, with one character replaced, inserted or removed. */
  private static String damagedCode(Random random) {
    String code = mixCase(random, validCode(random));
    int position = random.nextInt(code.length());
    char c = anyChar(random);
    return switch (random.nextInt(3)) {
      case 0 -> code.substring(0, position) + c + code.substring(position + 1);
      case 1 -> code.substring(0, position) + c + code.substring(position);
      default -> code.substring(0, position) + code.substring(position + 1);
    };
  }

  /** An individual number from 2 to 999, the edges of the range drawn more often. */
  private static int individual(Random random) {
    return switch (random.nextInt(10)) {
      case 0 -> 2;
      case 1 -> 999;
      default -> 2 + random.nextInt(998);
    };
  }

  /** The code with each letter independently in upper or lower case. */
  private static String mixCase(Random random, String code) {
    StringBuilder sb = new StringBuilder(code.length());
    for (char c : code.toCharArray()) {
      sb.append(random.nextBoolean() ? Character.toLowerCase(c) : c);
    }
    return sb.toString();
  }

  private static String code(int day, int month, int year, char sign, int individual) {
    String datePart = String.format("%02d%02d%02d", day, month, year);
    String individualPart = String.format("%03d", individual);
    int number = Integer.parseInt(datePart + individualPart);
    return datePart + sign + individualPart + CHECK_CHARS.charAt(number % 31);
  }

  private static char signFor(int year, int choice) {
    if (year < 1900) {
      return '+';
    }
    if (year < 2000) {
      return "-YXWVU".charAt(choice);
    }
    return "ABCDEF".charAt(choice);
  }

  private static int centuryOf(char sign) {
    if (sign == '+') {
      return 1800;
    }
    return "ABCDEF".indexOf(sign) >= 0 ? 2000 : 1900;
  }
}
