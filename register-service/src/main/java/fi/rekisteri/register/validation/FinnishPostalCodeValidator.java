package fi.rekisteri.register.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validator for {@link FinnishPostalCode}. */
public class FinnishPostalCodeValidator implements ConstraintValidator<FinnishPostalCode, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || PostalCodes.isValidFinnish(value);
  }
}
