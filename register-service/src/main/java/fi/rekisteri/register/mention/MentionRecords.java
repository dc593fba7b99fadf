package fi.rekisteri.register.mention;

import fi.rekisteri.register.mention.MentionPatterns.MatchedBy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the internal mention calls. */
public final class MentionRecords {

  private MentionRecords() {}

  /**
   * One place in another record's free text where the subject is mentioned. {@code passage}: about
   * 80 characters around it (other people's emails and phone numbers masked as ***); null when the
   * text has changed since the mention was redacted or recorded.
   */
  public record Mention(
      UUID id,
      @Schema(enumeration = {"CONTACT", "INTERACTION", "ORDER"}) String recordType,
      UUID recordId,
      @Schema(enumeration = {"notes", "worksite", "summary"}) String field,
      String passage,
      MatchedBy matchedBy,
      @Schema(description = "The record is under an erasure hold: an erasure leaves it as it is")
          boolean held,
      @Schema(description = "Replaced by [poistettu]") boolean redacted) {}

  public record Mentions(UUID subjectId, List<Mention> mentions) {}

  public record RedactRequest(
      @NotBlank @Pattern(regexp = "[A-Za-z0-9._:-]{1,100}") @Schema(maxLength = 100)
          String requestId) {}

  /**
   * A mention an erasure left: {@code reason} HELD (the record is under an erasure hold) or
   * NAME_ONLY (found by the name alone, redacted only when the DPO confirms it).
   */
  public record RemainingMention(
      @Schema(description = "table.field") String place,
      MatchedBy matchedBy,
      @Schema(enumeration = {"HELD", "NAME_ONLY"}) String reason) {}
}
