package fi.rekisteri.register.support;

import fi.rekisteri.stack.OpenApiValidationFilter;
import fi.rekisteri.stack.OpenApiValidator;
import fi.rekisteri.stack.SendsBadInput;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import java.nio.file.Path;

/**
 * Every HTTP answer of every {@code @QuarkusTest} is checked against the committed OpenAPI document
 * (src/main/openapi/openapi.yaml): a REST Assured filter on every request to the application under
 * test ({@link OpenApiValidationFilter}), its request bodies too unless the test is marked {@link
 * SendsBadInput}. Registered for every test by META-INF/services.
 */
public class OpenApiCheck implements QuarkusTestBeforeEachCallback {

  private static final OpenApiValidator DOCUMENT =
      OpenApiValidator.of("register-service", Path.of("src/main/openapi/openapi.yaml"))
          .withStaticFiles(Path.of("src/main/resources/META-INF/resources"));

  private static final OpenApiValidationFilter FILTER =
      new OpenApiValidationFilter(uri -> uri.getPort() == RestAssured.port ? DOCUMENT : null);

  @Override
  public void beforeEach(QuarkusTestMethodContext context) {
    if (!RestAssured.filters().contains(FILTER)) {
      RestAssured.filters(FILTER);
    }
    OpenApiValidationFilter.beforeTest(
        context.getTestMethod().getDeclaringClass().getSimpleName()
            + "."
            + context.getTestMethod().getName(),
        badInput(context.getTestMethod().isAnnotationPresent(SendsBadInput.class), context));
  }

  private static boolean badInput(boolean onMethod, QuarkusTestMethodContext context) {
    if (onMethod) {
      return true;
    }
    for (Class<?> type = context.getTestMethod().getDeclaringClass();
        type != null;
        type = type.getEnclosingClass()) {
      if (type.isAnnotationPresent(SendsBadInput.class)) {
        return true;
      }
    }
    return false;
  }
}
