package fi.rekisteri.stack;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test (method or class) that sends requests the OpenAPI document does not allow, on purpose, to
 * see them refused: {@link OpenApiValidationFilter} does not check its request bodies. Its answers,
 * the 4xx problems included, are still checked.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SendsBadInput {

  /** What is bad about the input, for the reader. */
  String value();
}
