package fi.rekisteri.register.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A date or instant between the years 1900 and 2200: everything a register of living business
 * contacts can mean, and inside what the database stores. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = {PlausibleDate.ForLocalDate.class, PlausibleDate.ForInstant.class})
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PlausibleDate {

  String message() default "must be between the years 1900 and 2200";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  int FIRST_YEAR = 1900;
  int LAST_YEAR = 2200;

  class ForLocalDate implements ConstraintValidator<PlausibleDate, LocalDate> {
    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
      return value == null || (value.getYear() >= FIRST_YEAR && value.getYear() <= LAST_YEAR);
    }
  }

  class ForInstant implements ConstraintValidator<PlausibleDate, Instant> {
    private static final Instant FIRST =
        LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant LAST =
        LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    @Override
    public boolean isValid(Instant value, ConstraintValidatorContext context) {
      return value == null || (!value.isBefore(FIRST) && value.isBefore(LAST));
    }
  }
}
