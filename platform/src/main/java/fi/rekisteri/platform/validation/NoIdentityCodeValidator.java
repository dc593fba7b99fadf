package fi.rekisteri.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validator for {@link NoIdentityCode}. */
public class NoIdentityCodeValidator implements ConstraintValidator<NoIdentityCode, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || !PersonalIdentityCodes.containsIdentityCode(value);
  }
}
