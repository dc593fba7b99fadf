package fi.rekisteri.register.common;

import fi.rekisteri.platform.openapi.OpenApiContractFilter;
import fi.rekisteri.platform.security.Roles;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.jboss.jandex.IndexView;

/**
 * The register's OpenAPI contract ({@link OpenApiContractFilter}, which completes the document at
 * build time): If-Match is required here ({@link ETags}: 428 without it), a {@code limit} is 1 to
 * {@link Cursor#MAX_LIMIT}, and the internal endpoints (/api/v1/internal/**), which {@link
 * InternalCaller} guards rather than {@code @RolesAllowed}, are published as the rights service's
 * own.
 */
// Quarkus runs an @OpenApiFilter only if the annotated class itself names OASFilter
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiContract extends OpenApiContractFilter implements OASFilter {

  private static final String INTERNAL = "/api/v1/internal/";

  /** SmallRye passes the application's index (it sees this constructor). */
  public OpenApiContract(IndexView index) {
    super(
        index,
        "register-service",
        Cursor.MAX_LIMIT,
        true,
        Map.of(
            "400", ApiComponents.BAD_REQUEST,
            "404", ApiComponents.NOT_FOUND,
            "409", ApiComponents.CONFLICT,
            "412", ApiComponents.PRECONDITION_FAILED));
  }

  @Override
  protected void secure(String path, Operation op) {
    if (path.startsWith(INTERNAL) && (op.getSecurity() == null || op.getSecurity().isEmpty())) {
      // @InternalCaller is a permission check, not @RolesAllowed: Quarkus cannot see it
      op.addSecurityRequirement(
          OASFactory.createSecurityRequirement()
              .addScheme("SecurityScheme", Roles.RIGHTS_PROCESSOR));
    }
  }

  @Override
  protected String access(String path, List<String> roles) {
    if (path.startsWith(INTERNAL)) {
      return "Only the rights service's own client-credentials token (role rights-processor);"
          + " a user token of any role is 403.";
    }
    return super.access(path, roles);
  }
}
