package fi.rekisteri.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.StaleStateException;
import org.hibernate.exception.DataException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every failure to one problem+json body; no class names, stack traces or input echoed. Each
 * service adds the mapper of its own DomainException (and the rights service those of its pages'
 * login); {@code rekisteri.problems.unauthorized-detail} words the 401.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  private final Problem unauthorized;

  public ProblemMappers(
      @ConfigProperty(
              name = "rekisteri.problems.unauthorized-detail",
              defaultValue = "A valid bearer token is required.")
          String unauthorizedDetail) {
    this.unauthorized = Problem.of(401, "Unauthorized", unauthorizedDetail);
  }

  @ServerExceptionMapper
  public Response validation(ConstraintViolationException e) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    return respond(Problem.invalid(errors));
  }

  @ServerExceptionMapper
  public Response unknownField(UnrecognizedPropertyException e) {
    return respond(
        Problem.invalid(
            List.of(
                new Problem.FieldError(
                    path(e), "unknown field; it is not part of this resource"))));
  }

  @ServerExceptionMapper
  public Response badValue(InvalidFormatException e) {
    return respond(
        Problem.invalid(List.of(new Problem.FieldError(path(e), "value has the wrong format"))));
  }

  @ServerExceptionMapper
  public Response wrongShape(MismatchedInputException e) {
    return badJson(e);
  }

  @ServerExceptionMapper
  public Response unreadable(JsonParseException e) {
    return badJson(e);
  }

  @ServerExceptionMapper
  public Response badJson(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return unknownField(unknown);
    }
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return respond(
          Problem.invalid(
              List.of(
                  new Problem.FieldError(path(mapping), "value has the wrong type or format"))));
    }
    if (e instanceof MismatchedInputException) {
      return respond(
          Problem.invalid(List.of(new Problem.FieldError("body", "must be a JSON object"))));
    }
    return respond(Problem.of(400, "Invalid request", "The body is not valid JSON."));
  }

  @ServerExceptionMapper
  public Response badData(DataException e) {
    // the database refused a value (out of range, invalid byte); the services' checks missed it
    return respond(Problem.of(400, "Invalid request", "A value is out of range or not allowed."));
  }

  @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
  public Response stale(RuntimeException e) {
    return respond(
        Problem.of(409, "Conflict", "The resource was changed concurrently; read it again."));
  }

  @ServerExceptionMapper
  public Response dataConflict(org.hibernate.exception.ConstraintViolationException e) {
    // a unique or foreign key rule of the database caught a race the service's checks missed
    return respond(Problem.of(409, "Conflict", "The change conflicts with existing data."));
  }

  @ServerExceptionMapper
  public Response unauthorized(UnauthorizedException e) {
    return respond(unauthorized);
  }

  @ServerExceptionMapper
  public Response authenticationFailed(AuthenticationFailedException e) {
    return respond(unauthorized);
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return respond(Problem.of(403, "Forbidden", "Your role does not allow this."));
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
      // the JSON reader wraps some Jackson failures; keep naming the field
      return badJson(json);
    }
    if (status >= 500) {
      LOG.errorf("request failed with status %d (%s)", status, e.getClass().getSimpleName());
      return respond(Problem.of(status, "Server error", "The request could not be completed."));
    }
    Response.Status known = Response.Status.fromStatusCode(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    return respond(Problem.of(status, title, title + "."));
  }

  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
  public Response unexpected(Throwable e) {
    // the cause's type only: exception messages may carry personal data from the input
    LOG.errorf("unexpected failure: %s", e.getClass().getName());
    return respond(Problem.of(500, "Server error", "The request could not be completed."));
  }

  public static Response respond(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  private static String fieldOf(ConstraintViolation<?> violation) {
    // "create.body.email" -> "email": drop the method and parameter nodes
    List<String> nodes =
        StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
            .map(
                node ->
                    node.getIndex() != null
                        ? node.getName() + "[" + node.getIndex() + "]"
                        : node.getName())
            .filter(name -> name != null)
            .toList();
    return nodes.size() > 2
        ? String.join(".", nodes.subList(2, nodes.size()))
        : nodes.get(nodes.size() - 1);
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }
}
