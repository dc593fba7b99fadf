package fi.rekisteri.platform.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.rekisteri.platform.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/** The components {@link OpenApiContractFilter} adds to each service's document. */
final class SharedComponents {

  private static final String VALIDATION_EXAMPLE =
      """
      {"type": "https://rekisteri.example/problems/validation",
       "title": "Invalid request", "status": 400,
       "detail": "One or more fields are invalid.",
       "errors": [{"field": "email", "message": "must be a well-formed email address"}]}
      """;

  private SharedComponents() {}

  /**
   * The answers and headers both services publish alike, by the names of {@link SharedAnswers}; a
   * service's own (its Conflict, for one) are its {@code @OpenAPIDefinition}'s. Each answer's body
   * is {@link Problem}, whose schema the service's definition publishes. Published in name order,
   * as SmallRye publishes those of the annotations.
   */
  static void addTo(Components components, boolean ifMatchRequired) {
    answer(
        components,
        SharedAnswers.BAD_REQUEST,
        "The body, a parameter or a header is invalid; errors name each offending field",
        VALIDATION_EXAMPLE);
    answer(
        components,
        SharedAnswers.UNAUTHORIZED,
        "No bearer token, or one that is invalid or expired",
        null);
    answer(
        components, SharedAnswers.FORBIDDEN, "The token's roles do not allow this operation", null);
    answer(components, SharedAnswers.NOT_FOUND, "No such resource", null);
    answer(
        components,
        SharedAnswers.PRECONDITION_FAILED,
        "If-Match does not name the current version: read the resource again",
        null);
    answer(
        components, SharedAnswers.PAYLOAD_TOO_LARGE, "The request body is larger than 1 MiB", null);
    if (ifMatchRequired) {
      answer(
          components,
          SharedAnswers.PRECONDITION_REQUIRED,
          "If-Match is missing: send the ETag you read",
          null);
    }
    answer(
        components,
        SharedAnswers.SERVER_ERROR,
        "The request could not be completed; nothing about the cause is shown",
        null);
    header(
        components,
        SharedAnswers.ETAG,
        "The resource's version; send it back in If-Match to change the resource",
        OASFactory.createSchema().maxLength(40).addType(Schema.SchemaType.STRING));
    header(
        components,
        SharedAnswers.LOCATION,
        "Where the created resource is read",
        OASFactory.createSchema().maxLength(2000).format("uri").addType(Schema.SchemaType.STRING));
    // in the order SmallRye publishes a definition's components: schemas, headers, responses,
    // security schemes (the model keeps the order in which they were set)
    Map<String, APIResponse> responses = new TreeMap<>(components.getResponses());
    Map<String, Header> headers = new TreeMap<>(components.getHeaders());
    Map<String, SecurityScheme> schemes = components.getSecuritySchemes();
    components.setResponses(null);
    components.setHeaders(null);
    components.setSecuritySchemes(null);
    components.setHeaders(headers);
    components.setResponses(responses);
    if (schemes != null) {
      components.setSecuritySchemes(new LinkedHashMap<>(schemes));
    }
  }

  private static void answer(
      Components components, String name, String description, String example) {
    if (components.getResponses() != null && components.getResponses().containsKey(name)) {
      throw new IllegalStateException(
          "the shared answer " + name + " is the platform's: remove it from @OpenAPIDefinition");
    }
    MediaType body = OASFactory.createMediaType();
    if (example != null) {
      body.addExample("validation", OASFactory.createExample().value(json(example)));
    }
    body.schema(OASFactory.createSchema().ref("Problem"));
    components.addResponse(
        name,
        OASFactory.createAPIResponse()
            .description(description)
            .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, body)));
  }

  private static void header(
      Components components, String name, String description, Schema schema) {
    if (components.getHeaders() != null && components.getHeaders().containsKey(name)) {
      throw new IllegalStateException(
          "the shared header " + name + " is the platform's: remove it from @OpenAPIDefinition");
    }
    components.addHeader(name, OASFactory.createHeader().description(description).schema(schema));
  }

  private static Object json(String text) {
    try {
      return new ObjectMapper().readValue(text, Object.class);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + text, e);
    }
  }
}
