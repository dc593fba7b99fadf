package fi.rekisteri.register.disclosure;

import fi.rekisteri.register.common.InternalCaller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The rights service's read of a subject's ledger, beside its other internal commands. */
@Path("/api/v1/internal/subjects/{id}/recipients")
@InternalCaller
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Internal: data-subject rights")
public class InternalRecipientsResource {

  private final DisclosureService disclosures;

  public InternalRecipientsResource(DisclosureService disclosures) {
    this.disclosures = disclosures;
  }

  @GET
  @Operation(
      operationId = "internalListRecipients",
      summary =
          "The distinct recipients and processors that received the subject's data, with their"
              + " kind and whether a marketing list was among it (Art. 19) (rights-processor)")
  public SubjectRecipients recipients(@PathParam("id") UUID id) {
    return disclosures.recipients(id);
  }
}
