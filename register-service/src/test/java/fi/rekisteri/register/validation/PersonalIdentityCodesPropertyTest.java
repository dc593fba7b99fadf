package fi.rekisteri.register.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PersonalIdentityCodesPropertyTest {

  private static final String CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
  private static final LocalDate FIRST = LocalDate.of(1800, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2099, 12, 31);

  @Property
  void containsIdentityCode_findsRandomValidCodeEmbeddedInRandomText(
      @ForAll("validCodes") String code,
      @ForAll String before,
      @ForAll("separators") char left,
      @ForAll("separators") char right,
      @ForAll String after) {
    String text = before + left + code + right + after;

    assertThat(PersonalIdentityCodes.containsIdentityCode(text)).isTrue();
  }

  @Property
  void containsIdentityCode_givenWrongCheckCharacter_returnsFalse(
      @ForAll("validCodes") String code, @ForAll @IntRange(min = 1, max = 30) int shift) {
    char correct = code.charAt(10);
    char wrong = CHECK_CHARS.charAt((CHECK_CHARS.indexOf(correct) + shift) % 31);

    assertThat(PersonalIdentityCodes.containsIdentityCode(code.substring(0, 10) + wrong)).isFalse();
  }

  @Property
  void containsIdentityCode_givenCodeGluedToAlphanumeric_returnsFalse(
      @ForAll("validCodes") String code, @ForAll("alphanumerics") char glue) {
    assertThat(PersonalIdentityCodes.containsIdentityCode(glue + code)).isFalse();
    assertThat(PersonalIdentityCodes.containsIdentityCode(code + glue)).isFalse();
  }

  @Property
  void containsIdentityCode_givenAnyDateDigitsWithCorrectChecksum_findsOnlyExistingDates(
      @ForAll @IntRange(min = 0, max = 99) int day,
      @ForAll @IntRange(min = 0, max = 99) int month,
      @ForAll @IntRange(min = 0, max = 99) int year,
      @ForAll("centurySigns") char sign,
      @ForAll @IntRange(min = 2, max = 999) int individual) {
    int fullYear = centuryOf(sign) + year;
    boolean dateExists =
        month >= 1
            && month <= 12
            && day >= 1
            && day <= LocalDate.of(fullYear, month, 1).lengthOfMonth();
    String code = code(day, month, year, sign, individual);

    assertThat(PersonalIdentityCodes.containsIdentityCode(code)).isEqualTo(dateExists);
  }

  @Property
  void containsIdentityCode_givenDigitsAndHyphensOfAnyShape_neverThrowsAndNeedsCodeShape(
      @ForAll("digitsAndHyphens") String text) {
    boolean found = PersonalIdentityCodes.containsIdentityCode(text);

    if (found) {
      assertThat(text).containsPattern("[0-9]{6}-[0-9]{4}");
    }
  }

  @Property
  void containsIdentityCode_givenNumbersWithoutCenturySign_returnsFalse(
      @ForAll("phoneNumbersAndDates") String text) {
    assertThat(PersonalIdentityCodes.containsIdentityCode(text)).isFalse();
  }

  @Property
  void containsIdentityCode_givenArbitraryText_neverThrows(@ForAll String text) {
    PersonalIdentityCodes.containsIdentityCode(text);
  }

  @Provide
  Arbitrary<String> validCodes() {
    Arbitrary<LocalDate> dates =
        Arbitraries.longs().between(0, ChronoUnit.DAYS.between(FIRST, LAST)).map(FIRST::plusDays);
    Arbitrary<Integer> individuals = Arbitraries.integers().between(2, 999);
    Arbitrary<Integer> signChoices = Arbitraries.integers().between(0, 5);
    return Combinators.combine(dates, individuals, signChoices)
        .as(
            (date, individual, choice) ->
                code(
                    date.getDayOfMonth(),
                    date.getMonthValue(),
                    date.getYear() % 100,
                    signFor(date.getYear(), choice),
                    individual));
  }

  @Provide
  Arbitrary<Character> separators() {
    return Arbitraries.of(' ', '\n', ',', '.', ':', ';', '(', ')', '/', '"', '-', 'ä', '€');
  }

  @Provide
  Arbitrary<Character> alphanumerics() {
    return Arbitraries.chars().alpha().numeric();
  }

  @Provide
  Arbitrary<Character> centurySigns() {
    return Arbitraries.of('+', '-', 'Y', 'X', 'W', 'V', 'U', 'A', 'B', 'C', 'D', 'E', 'F');
  }

  @Provide
  Arbitrary<String> digitsAndHyphens() {
    return Arbitraries.strings().withChars("0123456789-").ofMaxLength(40);
  }

  @Provide
  Arbitrary<String> phoneNumbersAndDates() {
    return Arbitraries.strings().withChars("0123456789 ./()").ofMaxLength(40);
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
