package fi.rekisteri.register.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validator for {@link ValidBusinessId}. */
public class ValidBusinessIdValidator implements ConstraintValidator<ValidBusinessId, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || BusinessId.isValid(value);
  }
}
