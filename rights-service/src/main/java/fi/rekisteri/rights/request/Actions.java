package fi.rekisteri.rights.request;

import fi.rekisteri.platform.validation.NoIdentityCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the DPO's actions on a request. Unknown fields are refused by the JSON reader. */
public final class Actions {

  private Actions() {}

  /** How the identity was verified; an ID document is never uploaded or stored. */
  public record IdentityVerification(
      @NotNull IdentityMethod method, @Size(max = 500) @NoIdentityCode String note) {}

  /** What the DPO asked the requester for to verify the identity. */
  public record IdentityRequest(@Size(max = 500) @NoIdentityCode String note) {}

  /**
   * The register subject the request is about. A contact that the match did not offer needs a
   * written reason, which the timeline and the audit log keep; a self-service request can only be
   * attached to the contact whose email is the login's verified email (422 naming subjectId).
   */
  public record SubjectChoice(
      @NotNull UUID subjectId,
      @Schema(description = "Why a contact that the match did not offer is attached")
          @Size(max = 2000)
          @NoIdentityCode
          String reason) {}

  /** The reasons are told to the subject (Art. 12(3)); a blank reason is bad input (400). */
  @Schema(name = "ExtensionRequest")
  public record Extension(@NotBlank @Size(max = 4000) @NoIdentityCode String reason) {}

  /**
   * Why the restriction is lifted: told to the subject in the Art. 18(3) notice with the day it
   * ends; a blank reason is bad input (400).
   */
  public record LiftRestriction(@NotBlank @Size(max = 4000) @NoIdentityCode String reasons) {}

  public record Refusal(
      @NotBlank @Size(max = 4000) @NoIdentityCode String reasons,
      @Schema(
              description =
                  "GDPR Art. 12(5): the request is refused as manifestly unfounded or excessive;"
                      + " the letter names the ground. Absent for any other refusal")
          RefusalGround ground) {}

  public record Hold(@NotBlank @Size(max = 2000) @NoIdentityCode String reason) {}

  public record Completion(@Size(max = 4000) @NoIdentityCode String note) {}

  public record Withdrawal(@Size(max = 2000) @NoIdentityCode String reason) {}

  public record Confirmation(@Size(max = 2000) @NoIdentityCode String note) {}
}
