package fi.rekisteri.e2e;

import fi.rekisteri.stack.OpenApiValidationFilter;
import fi.rekisteri.stack.OpenApiValidator;
import fi.rekisteri.stack.SendsBadInput;
import fi.rekisteri.stack.ServiceProcess;
import io.restassured.RestAssured;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every REST Assured exchange with a service these tests started ({@link ServiceProcess}) is
 * checked against that service's committed OpenAPI document ({@link OpenApiValidationFilter}): a
 * violation fails the test. Request bodies too, unless the test is marked {@link SendsBadInput}.
 * Registered for every test (junit-platform.properties, META-INF/services).
 */
public class OpenApiCheck implements BeforeEachCallback {

  private static final Path ROOT =
      Path.of(System.getProperty("rekisteri.root", "../..")).toAbsolutePath();
  private static final Map<String, OpenApiValidator> DOCUMENTS = new ConcurrentHashMap<>();

  private static final OpenApiValidationFilter FILTER =
      new OpenApiValidationFilter(
          uri -> {
            String service = ServiceProcess.serviceOn(uri.getPort());
            return service == null
                ? null
                : DOCUMENTS.computeIfAbsent(
                    service,
                    name ->
                        OpenApiValidator.of(
                                name + "-service",
                                ROOT.resolve(name + "-service/src/main/openapi/openapi.yaml"))
                            .withStaticFiles(
                                ROOT.resolve(
                                    name + "-service/src/main/resources/META-INF/resources")));
          });

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!RestAssured.filters().contains(FILTER)) {
      RestAssured.filters(FILTER);
    }
    boolean badInput =
        context.getRequiredTestMethod().isAnnotationPresent(SendsBadInput.class)
            || context.getRequiredTestClass().isAnnotationPresent(SendsBadInput.class);
    OpenApiValidationFilter.beforeTest(
        context.getRequiredTestClass().getSimpleName()
            + "."
            + context.getRequiredTestMethod().getName(),
        badInput);
  }
}
