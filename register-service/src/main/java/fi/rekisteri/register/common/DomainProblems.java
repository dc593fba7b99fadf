package fi.rekisteri.register.common;

import fi.rekisteri.platform.problem.Problem;
import fi.rekisteri.platform.problem.ProblemMappers;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The register's own refusals as problem+json; every other failure is mapped by the platform's
 * ProblemMappers.
 */
public class DomainProblems {

  @ServerExceptionMapper
  public Response domain(DomainException e) {
    List<Problem.FieldError> errors =
        e.field() == null ? List.of() : List.of(new Problem.FieldError(e.field(), e.getMessage()));
    String type =
        e.type() != null
            ? e.type()
            : e.status() == 400 ? "https://rekisteri.example/problems/validation" : "about:blank";
    return ProblemMappers.respond(
        new Problem(type, e.title(), e.status(), e.getMessage(), null, errors));
  }
}
