package fi.rekisteri.rights.subject;

import fi.rekisteri.platform.security.Roles;
import fi.rekisteri.rights.audit.AuditedRead;
import fi.rekisteri.rights.common.DomainException;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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

  /** {@code next}: the cursor of the following page of events, null on the last. */
  public record SubjectDetails(SubjectView subject, List<SubjectEventView> events, String next) {}

  @AuditedRead(value = "subject", id = AuditedRead.IdKind.SUBJECT)
  @GET
  @Path("{id}")
  @RolesAllowed({Roles.DPO, Roles.ADMIN})
  @Transactional
  @Operation(
      operationId = "getSubject",
      summary =
          "What the rights service learned about a subject from the register's events, oldest"
              + " first, one page of events at a time (dpo, admin)")
  public SubjectDetails get(
      @PathParam("id") UUID id,
      @QueryParam("cursor") @Size(max = 200) String cursor,
      @Parameter(description = "1..200, default 50") @QueryParam("limit") String limit) {
    int size = SubjectEventCursor.limit(limit);
    SubjectEventCursor after = SubjectEventCursor.decode(cursor);
    KnownSubject subject =
        subjects.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("subject"));
    List<SubjectEvent> rows = subjects.events(id, after, size + 1);
    boolean more = rows.size() > size;
    List<SubjectEvent> shown = more ? rows.subList(0, size) : rows;
    String next = null;
    if (more) {
      SubjectEvent last = shown.get(shown.size() - 1);
      next = new SubjectEventCursor(last.occurredAt(), last.eventId).encode();
    }
    return new SubjectDetails(
        subject.view(), shown.stream().map(SubjectEvent::view).toList(), next);
  }
}
