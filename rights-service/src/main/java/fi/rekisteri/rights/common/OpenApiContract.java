package fi.rekisteri.rights.common;

import fi.rekisteri.platform.openapi.OpenApiContractFilter;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.jboss.jandex.IndexView;

/**
 * The rights service's OpenAPI contract ({@link OpenApiContractFilter}, which completes the
 * document at build time): If-Match is optional here (without it nothing is compared, so no 428), a
 * {@code limit} is 1 to 200 (RequestCursor, SubjectEventCursor), a method may declare 422, every
 * self-service call (/api/v1/me/**) answers 429 with Retry-After
 * (selfservice/SelfServiceRateLimit), and a JsonNode is published as any JSON value.
 */
// Quarkus runs an @OpenApiFilter only if the annotated class itself names OASFilter
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiContract extends OpenApiContractFilter implements OASFilter {

  private static final String SELF_SERVICE = "/api/v1/me/";

  /** The page size limit of every keyset-paginated list (RequestCursor, SubjectEventCursor). */
  private static final int PAGE_MAX = 200;

  /** SmallRye passes the application's index (it sees this constructor). */
  public OpenApiContract(IndexView index) {
    super(
        index,
        "rights-service",
        PAGE_MAX,
        false,
        Map.of(
            "400", ApiComponents.BAD_REQUEST,
            "404", ApiComponents.NOT_FOUND,
            "409", ApiComponents.CONFLICT,
            "412", ApiComponents.PRECONDITION_FAILED,
            "422", ApiComponents.UNPROCESSABLE));
  }

  @Override
  protected void schemas(OpenAPI openAPI) {
    Map<String, Schema> all = openAPI.getComponents().getSchemas();
    if (all != null && all.containsKey("JsonNode")) {
      // a JsonNode (RequestView.result, MyData.records) is any JSON value, not Jackson's class
      openAPI
          .getComponents()
          .addSchema(
              "JsonNode",
              OASFactory.createSchema()
                  .description("Any JSON value: what the register answered, as it answered it"));
      openAPI.getComponents().removeSchema("JsonNodeType");
    }
  }

  @Override
  protected void answers(String path, APIResponses responses) {
    if (path.startsWith(SELF_SERVICE)
        || path.equals(SELF_SERVICE.substring(0, SELF_SERVICE.length() - 1))) {
      add(responses, "429", ApiComponents.TOO_MANY_REQUESTS);
    }
  }
}
