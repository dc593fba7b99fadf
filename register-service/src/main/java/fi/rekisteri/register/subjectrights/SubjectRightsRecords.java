package fi.rekisteri.register.subjectrights;

import fi.rekisteri.register.common.SourceChannel;
import fi.rekisteri.register.contact.RectifyChanges;
import fi.rekisteri.register.contact.RestrictionCause;
import fi.rekisteri.register.mention.MentionRecords;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the rights service's commands and their results. */
public final class SubjectRightsRecords {

  private SubjectRightsRecords() {}

  private static final String REQUEST_ID = "[A-Za-z0-9._:-]{1,100}";

  public record SearchRequest(
      @Size(max = 254) String email,
      @Size(max = 40) String phone,
      @Size(max = 100) String firstName,
      @Size(max = 100) String lastName,
      @Size(max = 200) String organisation) {}

  public record Match(
      UUID subjectId,
      String firstName,
      String lastName,
      String organisationName,
      List<String> matchedOn) {}

  public record SearchResult(List<Match> matches) {}

  public record RectifyRequest(
      @NotBlank @Pattern(regexp = REQUEST_ID) @Schema(maxLength = 100) String requestId,
      @NotNull RectifyChanges changes) {}

  /**
   * The recorded source of data a rectification changed ({@code record}: "contact" or "order
   * &lt;number&gt;"), so that the rights service can tell a third-party source (Art. 19).
   */
  public record RectifiedSource(String record, SourceChannel channel) {}

  /** {@code changedFields} names only values that really changed. */
  public record RectifyResult(
      String requestId, List<String> changedFields, List<RectifiedSource> sources) {}

  public record EraseRequest(
      @NotBlank @Pattern(regexp = REQUEST_ID) @Schema(maxLength = 100) String requestId) {}

  /** One part of the subject's data that was erased or anonymised, in codes. */
  public record Erased(ErasureCodes.ErasedCategory category, ErasureCodes.ErasureAction action) {}

  /** One part that was kept, why, on which basis and until when ({@code null}: while it lasts). */
  public record Kept(
      ErasureCodes.KeptCategory category,
      ErasureCodes.KeepingGround ground,
      ErasureCodes.KeepingBasis legalBasis,
      LocalDate until) {}

  public enum ErasureOutcome {
    ERASED,
    PARTIALLY_ERASED
  }

  public record ErasureResult(
      String requestId,
      UUID subjectId,
      ErasureOutcome outcome,
      List<Erased> erased,
      List<Kept> kept,
      boolean restricted,
      @Schema(
              description =
                  "The keyed hash of the person's email that the erasure keeps on the suppression"
                      + " list so that a ban stays in force; null when the register held no email"
                      + " of the person or the erasure kept the email itself (an acting contact"
                      + " person). Not a kept category: a complete erasure keeps it too")
          KeyedHash keyedHash,
      @Schema(
              description =
                  "What the register's own stores still hold of the person after this erasure,"
                      + " searched by her identifiers read before it")
          ErasureProof proof) {

    ErasureResult withProof(ErasureProof proof) {
      return new ErasureResult(
          requestId, subjectId, outcome, erased, kept, restricted, keyedHash, proof);
    }
  }

  /**
   * The suppression entry an erasure keeps: {@code reason} OBJECTION (kept as long as the objection
   * to direct marketing stands, {@code until} null) or ERASED (kept until {@code until}, the last
   * day under the controller profile's {@code suppressionYears}; the retention job deletes it the
   * day after).
   */
  public record KeyedHash(
      @Schema(enumeration = {"ERASED", "OBJECTION"}) String reason, LocalDate until) {}

  /**
   * The register's proof of an erasure: every table searched for the person's email, phone, full
   * name and street addresses, and where they are still found, why and until when (the holds of
   * {@code kept}). Names no value of the person.
   */
  public record ErasureProof(
      @Schema(description = "The tables searched") List<String> checked,
      @Schema(description = "Where the identifiers are still found; empty after a full erasure")
          List<Remaining> remaining,
      @Schema(
              description =
                  "Mentions of the person in other records' free text that the erasure left:"
                      + " under an erasure hold, or found by name alone and waiting for the DPO")
          List<MentionRecords.RemainingMention> mentions) {

    public static ErasureProof none() {
      return new ErasureProof(List.of(), List.of(), List.of());
    }
  }

  /**
   * One table where the person's identifiers are still found: which kinds (email, phone, name,
   * street), the holds that keep them and the day the last one ends (null while a claim is open).
   */
  public record Remaining(
      String place, List<String> found, List<String> keptFor, LocalDate until) {}

  /**
   * A restriction the data subject asked for; {@code cause} REQUESTED (the default) or
   * CONTESTED_ACCURACY. An objection's and an erasure's restrictions come from those commands.
   */
  public record RestrictRequest(
      @NotBlank @Pattern(regexp = REQUEST_ID) @Schema(maxLength = 100) String requestId,
      @Size(max = 500) String reason,
      @Pattern(
              regexp = "REQUESTED|CONTESTED_ACCURACY",
              message = "must be REQUESTED or CONTESTED_ACCURACY")
          @Schema(enumeration = {"REQUESTED", "CONTESTED_ACCURACY"})
          String cause) {

    public RestrictionCause restrictionCause() {
      return cause == null ? RestrictionCause.REQUESTED : RestrictionCause.valueOf(cause);
    }
  }

  /** Lifts the cause of restriction the request holds, and only that one. */
  public record LiftRequest(
      @NotBlank @Pattern(regexp = REQUEST_ID) @Schema(maxLength = 100) String requestId) {}

  /**
   * The day the Art. 18(3) notice told the person that the request's cause of restriction ends; the
   * lift itself comes on that day with lift-restriction.
   */
  public record ScheduleLiftRequest(
      @NotBlank @Pattern(regexp = REQUEST_ID) @Schema(maxLength = 100) String requestId,
      @NotNull LocalDate endsOn) {}

  /**
   * {@code restricted}: whether the subject is restricted after the command (after a lift, true
   * while another request, objection or erasure hold still restricts it).
   */
  public record RestrictionResult(String requestId, boolean restricted) {}

  public enum ObjectionKind {
    DIRECT_MARKETING,
    PARTICULAR_SITUATION
  }

  public record ObjectionRequest(
      @NotBlank @Pattern(regexp = REQUEST_ID) @Schema(maxLength = 100) String requestId,
      @NotNull ObjectionKind kind,
      @Size(max = 2000) String situation) {}

  public record ObjectionResult(String requestId, ObjectionKind kind) {}
}
