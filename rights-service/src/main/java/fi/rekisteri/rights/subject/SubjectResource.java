package fi.rekisteri.rights.subject;

import fi.rekisteri.rights.audit.AuditedRead;
import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.common.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/subjects")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subjects")
public class SubjectResource {

  private final SubjectRepository subjects;

  public SubjectResource(SubjectRepository subjects) {
    this.subjects = subjects;
  }

  public record SubjectDetails(SubjectView subject, List<SubjectEventView> events) {}

  @AuditedRead(value = "subject", id = AuditedRead.IdKind.SUBJECT)
  @GET
  @Path("{id}")
  @RolesAllowed({Roles.DPO, Roles.ADMIN})
  @Transactional
  @Operation(
      summary =
          "What the rights service learned about a subject from the register's events (dpo,"
              + " admin)")
  public SubjectDetails get(@PathParam("id") UUID id) {
    KnownSubject subject =
        subjects.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("subject"));
    return new SubjectDetails(
        subject.view(), subjects.events(id).stream().map(SubjectEvent::view).toList());
  }
}
