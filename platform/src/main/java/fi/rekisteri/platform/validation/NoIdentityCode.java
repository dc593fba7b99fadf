package fi.rekisteri.platform.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The text must not contain a Finnish personal identity code (henkilötunnus), for free-text fields
 * that must not hold one. {@code null} is valid; combine with {@code @NotNull} or {@code @NotBlank}
 * where the value is required.
 */
@Documented
@Constraint(validatedBy = NoIdentityCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface NoIdentityCode {

  // The message never contains the rejected value, which may be personal data.
  String message() default "must not contain a Finnish personal identity code (henkilötunnus)";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
