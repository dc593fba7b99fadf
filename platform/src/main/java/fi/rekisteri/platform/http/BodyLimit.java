package fi.rekisteri.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.rekisteri.platform.problem.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request body over {@code quarkus.http.limits.max-body-size} is answered 413 as
 * application/problem+json, before Quarkus's own check (route order -2) would answer it with an
 * empty body. Bodies without a Content-Length are still cut off by Quarkus at the same size.
 */
@ApplicationScoped
public class BodyLimit {

  /** Just before Quarkus's upload limit (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT, -2). */
  private static final int ORDER = -3;

  private final long maxBytes;
  private final byte[] problem;

  public BodyLimit(
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
      ObjectMapper mapper)
      throws JsonProcessingException {
    this.maxBytes = maxBodySize.asLongValue();
    this.problem =
        mapper.writeValueAsBytes(
            Problem.of(
                413,
                "Payload Too Large",
                "The request body is larger than " + maxBytes + " bytes."));
  }

  void install(@Observes Router router) {
    router.route().order(ORDER).handler(this::check);
  }

  private void check(RoutingContext context) {
    String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length != null && tooLong(length)) {
      context
          .response()
          .setStatusCode(413)
          .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
          .putHeader(HttpHeaders.CONNECTION, "close")
          .end(io.vertx.core.buffer.Buffer.buffer(problem));
      return;
    }
    context.next();
  }

  private boolean tooLong(String length) {
    try {
      return Long.parseLong(length.trim()) > maxBytes;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
