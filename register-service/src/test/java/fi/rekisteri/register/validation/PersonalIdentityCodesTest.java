package fi.rekisteri.register.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdentityCodesTest {

  @Test
  void containsIdentityCode_findsCodeInsideNotes() {
    String notes = "Asiakas soitti 3.2. ja kertoi hetunsa 131052-308T, lähetetään kirje.";

    assertThat(PersonalIdentityCodes.containsIdentityCode(notes)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "131052-308T",
        "290200A1239", // 29 Feb 2000: divisible by 400, so a leap year
        "290204A123A", // 29 Feb 2004
        "010100+002H", // 1800s
        "311299F8997", // 2000s, last individual number of the permanent range
        "010150Y9500", // 900 range: temporary codes still identify a person
        "150898U002F",
        "010101B2348",
        "121212X345M",
        "050505W4568",
        "070707V5678",
        "080808C678J",
        "090909D789U",
        "101010E890T",
      })
  void containsIdentityCode_givenValidCodeAlone_returnsTrue(String code) {
    assertThat(PersonalIdentityCodes.containsIdentityCode(code)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "131052-308t", // lower-case check character
        "131052a308T", // lower-case century sign
        "010101a123N",
        "010101a123n",
        "010101A123n",
        "150898u002f",
        "010100+002h", // 1800s
        "290200a1239", // 29 Feb 2000
        "121212x345m",
        "050505w4568",
        "070707v5678",
        "010150y9500",
        "010101b2348",
        "080808c678j",
        "090909d789u",
        "101010e890t",
        "311299f8997",
      })
  void containsIdentityCode_givenValidCodeTypedInLowerCase_returnsTrue(String code) {
    assertThat(PersonalIdentityCodes.containsIdentityCode(code)).isTrue();
  }

  @Test
  void containsIdentityCode_givenLowerCaseCodeInsideNotes_returnsTrue() {
    String notes = "asiakkaan hetu on 131052-308t, lähetetään kirje.";

    assertThat(PersonalIdentityCodes.containsIdentityCode(notes)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "(131052-308T)",
        "hetu:131052-308T.",
        "131052-308T\n",
        "\t131052-308T",
        "ref 123, hetu 131052-308T",
        "code-131052-308T-end",
        "ä131052-308Tö", // letters outside ASCII are not part of an alphanumeric run here
        "290200-1239 290200A1239", // invalid candidate first, valid one later
      })
  void containsIdentityCode_givenCodeBetweenPunctuation_returnsTrue(String text) {
    assertThat(PersonalIdentityCodes.containsIdentityCode(text)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "131052-308U", // wrong check character
        "131052-309T", // individual number changed
        "131053-308T", // year changed
        "131052A308G", // G is not a check character
        "131052Z308T", // Z is not a century sign
        "131052-308u", // wrong check character, in lower case
        "131052a308g", // g is not a check character in either case
        "131052z308t", // z is not a century sign in either case
        "131052-308i", // I is left out of the check characters
        "x131052-308t", // part of a longer run, in lower case
        "131052-308tx",
        "290201a123j", // 29 Feb 2001, in lower case
        "310494a1112", // 31 April, with a lower-case century sign
        "150898u000d", // individual number 000, in lower case
        "131052308T", // no century sign
        "131052 308T",
        "131052-308", // too short
        "X131052-308T", // part of a longer run
        "1131052-308T",
        "131052-308TX",
        "131052-308T1",
        "290200-1239", // 29 Feb 1900: not a leap year
        "290200+1239", // 29 Feb 1800: not a leap year
        "290201A123J", // 29 Feb 2001
        "310494-1112", // 31 April
        "000194-1234",
        "011394-1234",
        "150898U000D", // individual numbers 000 and 001 are never issued
        "150898U001E",
      })
  void containsIdentityCode_givenNoValidCode_returnsFalse(String text) {
    assertThat(PersonalIdentityCodes.containsIdentityCode(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Tilaus 2024-000123-7 toimitettu",
        "Soita numeroon +358 40 123 4567 tai 040-1234567",
        "IBAN FI21 1234 5600 0007 85",
        "IBAN FI2112345600000785",
        "Syntynyt 13.10.1952, asiakas vuodesta 2010-05-14",
        "Y-tunnus 2077474-0",
        "Summa 1234567890 euroa, viite 12345 67890 12345",
        "0123456789-0123456789",
        "UUID 123e4567-e89b-12d3-a456-426614174000",
      })
  void containsIdentityCode_givenOrdinaryBusinessText_returnsFalse(String text) {
    assertThat(PersonalIdentityCodes.containsIdentityCode(text)).isFalse();
  }
}
