package fi.rekisteri.register.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validator for {@link ValidPhone}. */
public class ValidPhoneValidator implements ConstraintValidator<ValidPhone, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || PhoneNumbers.toE164(value).isPresent();
  }
}
