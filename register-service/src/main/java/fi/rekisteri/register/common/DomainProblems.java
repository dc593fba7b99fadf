package fi.rekisteri.register.common;

import fi.rekisteri.platform.problem.ProblemMappers;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The register's own refusals as problem+json; every other failure is mapped by the platform's
 * ProblemMappers.
 */
public class DomainProblems {

  @ServerExceptionMapper
  public Response domain(DomainException e) {
    return ProblemMappers.respond(e.problem());
  }
}
