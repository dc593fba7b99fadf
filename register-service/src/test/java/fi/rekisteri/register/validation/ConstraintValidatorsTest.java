package fi.rekisteri.register.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fi.rekisteri.platform.validation.NoIdentityCode;
import fi.rekisteri.platform.validation.NoIdentityCodeValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConstraintValidatorsTest {

  /** Shaped like a request body, the way the constraints are meant to be used. */
  record ContactRequest(
      @ValidBusinessId String businessId,
      @ValidPhone String phone,
      @FinnishPostalCode String postalCode,
      @NoIdentityCode String notes) {}

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void createValidator() {
    // The parameter interpolator avoids needing an Expression Language implementation here.
    factory =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void closeFactory() {
    factory.close();
  }

  @Test
  void givenAllNull_whenValidate_thenHasNoViolations() {
    assertThat(validator.validate(new ContactRequest(null, null, null, null))).isEmpty();
  }

  @Test
  void givenValidValues_whenValidate_thenHasNoViolations() {
    ContactRequest request =
        new ContactRequest("2077474-0", "040 123 4567", "00100", "Soittaa iltaisin klo 18 jälkeen");

    assertThat(validator.validate(request)).isEmpty();
  }

  @Test
  void givenInvalidValues_whenValidate_thenReportsEachFieldWithoutEchoingValue() {
    ContactRequest request =
        new ContactRequest("2077474-1", "040 123", "0010", "Hetu on 131052-308T, soita");

    Set<ConstraintViolation<ContactRequest>> violations = validator.validate(request);

    Map<String, String> messages =
        violations.stream()
            .collect(
                Collectors.toMap(
                    v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage));
    assertThat(messages)
        .containsOnly(
            Map.entry("businessId", "must be a valid Finnish business ID (Y-tunnus)"),
            Map.entry("phone", "must be a valid phone number"),
            Map.entry("postalCode", "must be a Finnish postal code of five digits"),
            Map.entry(
                "notes", "must not contain a Finnish personal identity code (henkilötunnus)"));
    assertThat(messages.values())
        .noneMatch(m -> m.contains("2077474") || m.contains("040") || m.contains("131052"));
  }

  @Test
  void givenValues_whenValidBusinessIdValidator_thenAcceptsNullAndValidOnly() {
    ValidBusinessIdValidator v = new ValidBusinessIdValidator();

    assertThat(v.isValid(null, null)).isTrue();
    assertThat(v.isValid("2077474-0", null)).isTrue();
    assertThat(v.isValid("2077474-1", null)).isFalse();
    assertThat(v.isValid("", null)).isFalse();
  }

  @Test
  void givenValues_whenValidPhoneValidator_thenAcceptsNullAndParsableOnly() {
    ValidPhoneValidator v = new ValidPhoneValidator();

    assertThat(v.isValid(null, null)).isTrue();
    assertThat(v.isValid("(09) 310 1691", null)).isTrue();
    assertThat(v.isValid("+358401234567", null)).isTrue();
    assertThat(v.isValid("not a number", null)).isFalse();
    assertThat(v.isValid("", null)).isFalse();
  }

  @Test
  void givenValues_whenFinnishPostalCodeValidator_thenAcceptsNullAndFiveDigitsOnly() {
    FinnishPostalCodeValidator v = new FinnishPostalCodeValidator();

    assertThat(v.isValid(null, null)).isTrue();
    assertThat(v.isValid("33100", null)).isTrue();
    assertThat(v.isValid("3310", null)).isFalse();
    assertThat(v.isValid("", null)).isFalse();
  }

  @Test
  void givenValues_whenNoIdentityCodeValidator_thenAcceptsNullAndTextWithoutCode() {
    NoIdentityCodeValidator v = new NoIdentityCodeValidator();

    assertThat(v.isValid(null, null)).isTrue();
    assertThat(v.isValid("", null)).isTrue();
    assertThat(v.isValid("Tilaus 2024-000123, puh. 040 123 4567", null)).isTrue();
    assertThat(v.isValid("Hetu 131052-308T", null)).isFalse();
  }
}
