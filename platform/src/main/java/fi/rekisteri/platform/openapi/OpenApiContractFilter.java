package fi.rekisteri.platform.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.rekisteri.platform.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.jboss.jandex.IndexView;

/**
 * The core of each service's OpenAPI contract filter: completes the generated document at build
 * time from what the code really does, so the committed document (src/main/openapi/openapi.yaml)
 * stays true without a hand-written line. Every secured operation answers 401 and 403, every body
 * 400 and 413, every query parameter 400, every path id 404, every If-Match 409 and 412 (and 428
 * where the service requires it), every operation 500; all as {@link Problem} components named in
 * {@link SharedAnswers}. Each request body gets its example from {@value #EXAMPLES}. The build
 * fails when an operation lacks a tag, a summary or a request example; one without an explicit
 * operationId is named after its method and path. A property the Java class can leave null is
 * published as nullable ({@link OpenApiNullability}).
 *
 * <p>A service subclasses it with {@code @OpenApiFilter(OpenApiFilter.RunStage.BUILD)} and a
 * constructor taking the {@link IndexView} (SmallRye passes the application's index), and adds what
 * only it has through the protected hooks.
 */
public abstract class OpenApiContractFilter implements OASFilter {

  public static final String EXAMPLES = "openapi/request-examples.json";
  private static final String JSON = "application/json";

  private final IndexView index;
  private final String service;
  private final int pageMax;
  private final boolean ifMatchRequired;
  private final Map<String, String> byStatus;

  /**
   * @param service the service's name, in the build error and the server's description
   * @param pageMax the largest {@code limit} of a keyset-paginated list
   * @param ifMatchRequired whether a change without If-Match is refused (428)
   * @param byStatus the shared answer of each status a method may declare with {@link
   *     SharedAnswers#ANSWERS}
   */
  protected OpenApiContractFilter(
      IndexView index,
      String service,
      int pageMax,
      boolean ifMatchRequired,
      Map<String, String> byStatus) {
    this.index = index;
    this.service = service;
    this.pageMax = pageMax;
    this.ifMatchRequired = ifMatchRequired;
    this.byStatus = Map.copyOf(byStatus);
  }

  /** Before nullability is applied: schemas only this service has. */
  protected void schemas(OpenAPI openAPI) {}

  /** Before the answers are added: a security requirement Quarkus cannot see. */
  protected void secure(String path, Operation op) {}

  /** Who may call a secured operation without its own description. */
  protected String access(String path, List<String> roles) {
    return roles.isEmpty()
        ? "Any valid token."
        : "Roles: " + String.join(", ", roles) + " (realm roles of the token).";
  }

  /** After the declared answers: those that follow from the path in this service only. */
  protected void answers(String path, APIResponses responses) {}

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Map<String, Object> examples = examples();
    List<String> missing = new ArrayList<>();
    SharedComponents.addTo(openAPI.getComponents(), ifMatchRequired);
    schemas(openAPI);
    if (index == null) {
      missing.add("no index: cannot tell which properties can be null");
    } else {
      new OpenApiNullability(index).apply(openAPI.getComponents().getSchemas(), missing);
    }
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) ->
                item.getOperations()
                    .forEach((method, op) -> complete(path, method, op, examples, missing)));
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "The OpenAPI contract is incomplete ("
              + service
              + "):\n  "
              + String.join("\n  ", missing));
    }
    openAPI.setServers(
        List.of(
            OASFactory.createServer()
                .url("/")
                .description(
                    "The "
                        + service
                        + " instance that serves this document (local, test or production)")
                .addExtension("x-internal", true)));
    describeBearer(openAPI);
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    // a client sends these as strings: their longest valid forms (a UUID is 36 characters; a date
    // or an instant longer than these cannot be parsed and is refused with 400)
    limit(schemas, "UUID", 36);
    if (schemas != null && schemas.containsKey("UUID")) {
      // every id in a path or query gets an example, as the request bodies do
      schemas.get("UUID").setExamples(List.of("3f6d2a1e-8c4b-4f7a-9b2e-5d1c0a9e7f31"));
    }
    limit(schemas, "LocalDate", 16);
    limit(schemas, "Instant", 64);
  }

  private void complete(
      String path,
      PathItem.HttpMethod method,
      Operation op,
      Map<String, Object> examples,
      List<String> missing) {
    String name = method + " " + path;
    if (blank(op.getOperationId())) {
      // explicit ids (@Operation(operationId = ...)) are the stable names; this is the fallback
      op.setOperationId(operationId(method, path));
    }
    if (blank(op.getSummary())) {
      missing.add(name + ": no summary");
    }
    if (op.getTags() == null || op.getTags().isEmpty()) {
      missing.add(name + ": no tag (@Tag on the resource)");
    }
    secure(path, op);
    APIResponses responses = op.getResponses();
    boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
    if (secured) {
      add(responses, "401", SharedAnswers.UNAUTHORIZED);
      if (roles(op).isEmpty()) {
        // any valid token will do (@Authenticated): no role can be missing
        responses.removeAPIResponse("403");
      } else {
        add(responses, "403", SharedAnswers.FORBIDDEN);
      }
      if (blank(op.getDescription())) {
        op.setDescription(access(path, roles(op)));
      }
    } else if (blank(op.getDescription())) {
      op.setDescription("Public: no token needed.");
    }
    if (op.getRequestBody() != null) {
      add(responses, "400", SharedAnswers.BAD_REQUEST);
      add(responses, "413", SharedAnswers.PAYLOAD_TOO_LARGE);
      example(name, op, examples, missing);
    }
    List<Parameter> parameters = op.getParameters() == null ? List.of() : op.getParameters();
    for (Parameter parameter : parameters) {
      switch (parameter.getIn()) {
        case QUERY -> {
          add(responses, "400", SharedAnswers.BAD_REQUEST);
          pageSize(parameter);
        }
        case PATH -> add(responses, "404", SharedAnswers.NOT_FOUND);
        case HEADER -> {
          if ("If-Match".equalsIgnoreCase(parameter.getName())) {
            ifMatch(parameter);
            add(responses, "409", SharedAnswers.CONFLICT);
            add(responses, "412", SharedAnswers.PRECONDITION_FAILED);
            if (ifMatchRequired) {
              add(responses, "428", SharedAnswers.PRECONDITION_REQUIRED);
            }
          }
        }
        default -> {}
      }
    }
    declared(op, responses);
    answers(path, responses);
    add(responses, "500", SharedAnswers.SERVER_ERROR);
    // an answer named by ref keeps the component's description (SmallRye adds "OK" beside the
    // ref, which OpenAPI 3.1 would read as overriding it)
    responses.getAPIResponses().values().stream()
        .filter(response -> response.getRef() != null)
        .forEach(response -> response.setDescription(null));
    responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
  }

  /** The answers a resource method declares with {@link SharedAnswers#ANSWERS}. */
  private void declared(Operation op, APIResponses responses) {
    List<String> codes = new ArrayList<>();
    if (op.getExtensions() != null && op.getExtensions().get(SharedAnswers.ANSWERS) != null) {
      codes.add(op.getExtensions().get(SharedAnswers.ANSWERS).toString());
      op.removeExtension(SharedAnswers.ANSWERS);
    }
    // ... or on the responses when the method declares several
    if (responses.getExtensions() != null
        && responses.getExtensions().get(SharedAnswers.ANSWERS) != null) {
      codes.add(responses.getExtensions().get(SharedAnswers.ANSWERS).toString());
      responses.removeExtension(SharedAnswers.ANSWERS);
    }
    // SmallRye puts the method's @Extension on its @APIResponse when the method has one
    for (APIResponse response : responses.getAPIResponses().values()) {
      if (response.getExtensions() != null
          && response.getExtensions().get(SharedAnswers.ANSWERS) != null) {
        codes.add(response.getExtensions().get(SharedAnswers.ANSWERS).toString());
        response.removeExtension(SharedAnswers.ANSWERS);
      }
    }
    for (String code : String.join(",", codes).split(",")) {
      if (code.isBlank()) {
        continue;
      }
      String component = byStatus.get(code.trim());
      if (component == null) {
        throw new IllegalStateException("no shared answer for status " + code);
      }
      add(responses, code.trim(), component);
    }
  }

  /** A {@code limit} the resource parses itself: 1 to {@code pageMax}, else 400. */
  private void pageSize(Parameter parameter) {
    Schema schema = parameter.getSchema();
    if ("limit".equals(parameter.getName()) && (schema == null || schema.getMaximum() == null)) {
      parameter.setDescription("Page size, 1 to " + pageMax);
      parameter.setSchema(
          OASFactory.createSchema()
              .addType(Schema.SchemaType.INTEGER)
              .format("int32")
              .minimum(BigDecimal.ONE)
              .maximum(BigDecimal.valueOf(pageMax))
              .examples(List.of(50)));
    }
  }

  /** GET /api/v1/session -> getSession; POST /api/v1/requests/{id}/hold -> postRequestsHold. */
  public static String operationId(PathItem.HttpMethod method, String path) {
    StringBuilder id = new StringBuilder(method.name().toLowerCase(Locale.ROOT));
    for (String segment : path.split("[/-]")) {
      if (segment.isEmpty()
          || segment.startsWith("{")
          || segment.equals("api")
          || segment.matches("v[0-9]+")) {
        continue;
      }
      id.append(Character.toUpperCase(segment.charAt(0))).append(segment.substring(1));
    }
    return id.toString();
  }

  private static List<String> roles(Operation op) {
    return op.getSecurity().stream()
        .flatMap(requirement -> requirement.getSchemes().values().stream())
        .flatMap(List::stream)
        .toList();
  }

  private void ifMatch(Parameter parameter) {
    parameter.setDescription(
        ifMatchRequired
            ? "The ETag you read; a stale one is 412, a missing one 428 (optimistic concurrency)"
            : "The ETag you read: a stale one is 412 (optimistic concurrency); without it the"
                + " change is made whatever the version");
    Schema schema = parameter.getSchema();
    if (schema != null && schema.getMaxLength() == null) {
      // the version is a long: a longer value can never match and is refused with 412
      schema.setMaxLength(40);
    }
  }

  private static void example(
      String name, Operation op, Map<String, Object> examples, List<String> missing) {
    if (op.getRequestBody().getContent() == null) {
      return;
    }
    MediaType json = op.getRequestBody().getContent().getMediaType(JSON);
    if (json == null) {
      json =
          op.getRequestBody().getContent().getMediaTypes().values().stream()
              .findFirst()
              .orElse(null);
    }
    if (json == null || json.getSchema() == null) {
      return;
    }
    // by the body's schema; a body without a named schema by the operationId
    String ref = json.getSchema().getRef();
    String key = ref == null ? op.getOperationId() : ref.substring(ref.lastIndexOf('/') + 1);
    Object example = key == null ? null : examples.get(key);
    if (example == null) {
      missing.add(name + ": no example \"" + key + "\" in " + EXAMPLES);
      return;
    }
    json.setExamples(new LinkedHashMap<>(Map.of(key, OASFactory.createExample().value(example))));
  }

  private static void describeBearer(OpenAPI openAPI) {
    var schemes = openAPI.getComponents().getSecuritySchemes();
    if (schemes == null || schemes.isEmpty()) {
      throw new IllegalStateException(
          "no security scheme: quarkus.smallrye-openapi.security-scheme");
    }
    schemes
        .values()
        .forEach(
            scheme ->
                scheme.setDescription(
                    "An access token (JWT) of the Keycloak realm rekisteri, checked as RFC8725"
                        + " advises: signature by the realm's published keys, issuer, audience"
                        + " rekisteri and expiry; the roles are its realm roles."));
  }

  /** Adds the shared answer by reference, unless the operation already answers {@code code}. */
  protected static void add(APIResponses responses, String code, String component) {
    APIResponse existing = responses.getAPIResponse(code);
    if (existing == null || existing.getRef() == null && existing.getContent() == null) {
      // Quarkus's own 401/403 have no body; ours are problem+json
      responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(component));
    }
  }

  private static void limit(Map<String, Schema> schemas, String name, int maxLength) {
    Schema schema = schemas == null ? null : schemas.get(name);
    if (schema != null && schema.getMaxLength() == null) {
      schema.setMaxLength(maxLength);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> examples() {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(EXAMPLES)) {
      if (in == null) {
        throw new IllegalStateException(EXAMPLES + " is missing from the classpath");
      }
      return new ObjectMapper().readValue(in, Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException(EXAMPLES + " is not valid JSON", e);
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
