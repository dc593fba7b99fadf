package fi.rekisteri.stack;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A REST Assured filter that checks every exchange of a test against the committed OpenAPI document
 * of the service it went to ({@link OpenApiValidator}): a violation fails the test with an {@link
 * AssertionError} naming each one.
 *
 * <p>{@code -Dopenapi.validation=report} instead counts the violations and writes them to {@code
 * target/openapi-violations.txt} (one a line); in either mode the JVM prints the counts when it
 * exits and writes them to {@code target/openapi-validation.txt}, so that a whole suite can be
 * measured at once. {@code -Dopenapi.validation=off} turns it off.
 *
 * <p>Request bodies are checked too, except in a test that sends bad input on purpose ({@link
 * SendsBadInput}, passed to {@link #beforeTest}); its answers are always checked. Paths under
 * {@code /q/} (Quarkus's own OpenAPI, health and metrics) are outside the API document and not
 * checked.
 */
public final class OpenApiValidationFilter implements OrderedFilter {

  public static final String MODE = "openapi.validation";
  private static final String REPORT_FILE = "openapi.validation.report";
  private static final String SUMMARY_FILE = "openapi.validation.summary";
  private static final String COUNTS = "openapi.validation.counts";

  private static volatile boolean badInput;
  private static volatile String test = "";

  /** Which document an exchange is checked against: by its URI; null is not checked. */
  private final Function<URI, OpenApiValidator> validators;

  public OpenApiValidationFilter(Function<URI, OpenApiValidator> validators) {
    this.validators = validators;
  }

  /**
   * The test that is about to run (named in the report) and whether it sends bad input on purpose.
   */
  public static void beforeTest(String name, boolean sendsBadInput) {
    test = name;
    badInput = sendsBadInput;
  }

  public static boolean enabled() {
    return !"off".equals(System.getProperty(MODE));
  }

  @Override
  public Response filter(
      FilterableRequestSpecification request,
      FilterableResponseSpecification responseSpec,
      FilterContext context) {
    Response response = context.next(request, responseSpec);
    URI uri = URI.create(request.getURI());
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (!enabled() || path.startsWith("/q/")) {
      return response;
    }
    OpenApiValidator validator = validators.apply(uri);
    if (validator == null) {
      return response;
    }
    String requestBody = text(request.getBody());
    boolean checkRequest = !badInput;
    if (request.getBody() != null && requestBody == null) {
      // a multipart or stream body: its media type is still checked, not its content
      checkRequest = checkRequest && request.getMultiPartParams().isEmpty();
      requestBody = null;
    }
    OpenApiValidator.Exchange exchange =
        new OpenApiValidator.Exchange(
            request.getMethod(),
            path,
            request.getContentType(),
            requestBody,
            checkRequest,
            response.getStatusCode(),
            response.getContentType(),
            response.getBody().asString());
    List<String> violations = validator.violations(exchange);
    counter("exchanges").incrementAndGet();
    if (violations.isEmpty()) {
      return response;
    }
    counter("violations").addAndGet(violations.size());
    counter("exchanges with violations").incrementAndGet();
    if ("report".equals(System.getProperty(MODE))) {
      report(violations.stream().map(v -> v + "  [" + test + "]").toList());
      return response;
    }
    throw new AssertionError(
        "The answer (or the request) breaks the committed OpenAPI document of "
            + validator.service()
            + ":\n  "
            + String.join("\n  ", violations));
  }

  @Override
  public int getOrder() {
    // the innermost filter: it sees the request as sent and the answer as received
    return LOWEST_PRECEDENCE;
  }

  private static String text(Object body) {
    if (body instanceof String s) {
      return s;
    }
    if (body instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    return null;
  }

  /**
   * A JVM-wide counter: the same in every class loader (a Quarkus test restarts the application,
   * and this class with it, whenever a test profile changes).
   */
  private static AtomicLong counter(String name) {
    synchronized (System.getProperties()) {
      @SuppressWarnings("unchecked")
      java.util.Map<Object, Object> counts =
          (java.util.Map<Object, Object>)
              System.getProperties()
                  .computeIfAbsent(COUNTS, k -> new java.util.concurrent.ConcurrentHashMap<>());
      if (counts.isEmpty()) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> summary(counts)));
      }
      return (AtomicLong) counts.computeIfAbsent(name, k -> new AtomicLong());
    }
  }

  /** At exit: the counts, printed and written to {@code target/openapi-validation.txt}. */
  private static void summary(java.util.Map<Object, Object> counts) {
    String line =
        "[openapi-validation] "
            + System.getProperty(MODE, "fail")
            + " mode: "
            + counts.getOrDefault("exchanges", 0)
            + " exchanges checked, "
            + counts.getOrDefault("violations", 0)
            + " violations in "
            + counts.getOrDefault("exchanges with violations", 0)
            + " of them";
    System.out.println(line);
    try {
      Files.writeString(
          Path.of(System.getProperty(SUMMARY_FILE, "target/openapi-validation.txt")), line + "\n");
    } catch (IOException e) {
      // the line above is printed; the file is a convenience
    }
  }

  private static void report(List<String> violations) {
    Path file = Path.of(System.getProperty(REPORT_FILE, "target/openapi-violations.txt"));
    try {
      synchronized (OpenApiValidationFilter.class) {
        Files.write(
            file,
            violations,
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
