package fi.rekisteri.platform.openapi;

/**
 * The names of the answers and headers both services publish as OpenAPI components, and the
 * extension a resource method names its extra answers with. Each service's {@code ApiComponents}
 * implements this, so its {@code @OpenAPIDefinition} and its resources read the names as {@code
 * ApiComponents.CONFLICT}; {@link OpenApiContractFilter} refers to the components by them.
 */
public interface SharedAnswers {

  String BAD_REQUEST = "BadRequest";
  String UNAUTHORIZED = "Unauthorized";
  String FORBIDDEN = "Forbidden";
  String NOT_FOUND = "NotFound";
  String CONFLICT = "Conflict";
  String PRECONDITION_FAILED = "PreconditionFailed";
  String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
  String PRECONDITION_REQUIRED = "PreconditionRequired";
  String SERVER_ERROR = "ServerError";
  String ETAG = "ETag";
  String LOCATION = "Location";

  /**
   * {@code @Extension(name = ANSWERS, value = "409")} on a resource method: the error answers, by
   * status, that {@link OpenApiContractFilter}'s rules cannot see.
   */
  String ANSWERS = "x-rekisteri-answers";
}
