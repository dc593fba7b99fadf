package fi.rekisteri.rights.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The proof of an erasure: every place both services searched for the person's identifiers (read
 * before they were erased), what they still find and why, and what every erasure keeps by design.
 * Holds no personal data beyond the request id and the subject id.
 */
@Schema(name = "ErasureProof")
public record ErasureProofView(
    UUID requestId,
    UUID subjectId,
    @Schema(description = "ERASED or PARTIALLY_ERASED, as the register answered") String outcome,
    @Schema(description = "When the register's ContactErased event confirmed the erasure")
        Instant confirmedAt,
    @Schema(description = "Every place searched") List<Place> checked,
    @Schema(description = "What the identifiers still find, each with why and until when; empty")
        List<Remaining> remaining,
    @Schema(
            description =
                "What every erasure keeps by design: the keyed hash of the email (so that a ban"
                    + " stays in force), the erasure ledger's entry, and this request's record")
        List<String> keptByDesign) {

  /** A place searched: the service and its table or store. */
  public record Place(String service, String place) {}

  /**
   * A place where the person's identifiers are still found: which kinds (email, phone, name,
   * street), the grounds that keep them and the day the last one ends (empty while a claim is open,
   * or when no ground keeps them: then the DPO must look).
   */
  public record Remaining(
      String service, String place, List<String> found, List<String> keptFor, LocalDate until) {}
}
