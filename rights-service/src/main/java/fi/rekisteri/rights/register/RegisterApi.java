package fi.rekisteri.rights.register;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;

/**
 * The bodies of the register's internal API (roles: rights-processor). Answers tolerate fields this
 * service does not know, so the register may add some.
 */
public final class RegisterApi {

  private RegisterApi() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SearchQuery(
      String email, String phone, String firstName, String lastName, String organisation) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record SearchResult(List<Match> matches) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Match(
      UUID subjectId,
      String firstName,
      String lastName,
      String organisationName,
      List<String> matchedOn) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Address(String street, String postalCode, String city) {}

  /** {@code changes}: a JSON Merge Patch of the contact (see request/RectificationChanges). */
  public record RectifyCommand(UUID requestId, JsonNode changes) {}

  /**
   * {@code changedFields} only for values that really changed; {@code sources}: the recorded source
   * channel of each changed record ("contact", "order &lt;number&gt;").
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record RectifyResult(
      String requestId, List<String> changedFields, List<RectifiedSource> sources) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record RectifiedSource(String record, String channel) {}

  public record EraseCommand(UUID requestId) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record EraseResult(
      String requestId,
      UUID subjectId,
      String outcome,
      List<Erased> erased,
      List<Kept> kept,
      boolean restricted,
      // the keyed hash of the email the suppression list keeps (null: none); told in the letter
      KeyedHash keyedHash,
      // the register's search of its own tables after the erasure (ErasureProofs reads it)
      com.fasterxml.jackson.databind.JsonNode proof) {

    public boolean partial() {
      return "PARTIALLY_ERASED".equals(outcome) || (kept != null && !kept.isEmpty());
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Erased(String category, String action) {}

  /** {@code reason} ERASED (kept until {@code until}) or OBJECTION (as long as the ban stands). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record KeyedHash(String reason, String until) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Kept(String category, String ground, String legalBasis, String until) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RestrictCommand(UUID requestId, String reason) {}

  public record LiftCommand(UUID requestId) {}

  /** The day the Art. 18(3) notice named for the end of the request's cause of restriction. */
  public record ScheduleLiftCommand(UUID requestId, java.time.LocalDate endsOn) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record RestrictionResult(String requestId, boolean restricted) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ObjectionCommand(UUID requestId, String kind, String situation) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ObjectionResult(String requestId, String kind) {}

  /** The distinct recipients and processors in a subject's disclosure ledger (R20). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Recipients(UUID subjectId, List<LedgerRecipient> recipients) {}

  /**
   * One recipient of the subject's data: RECIPIENT or PROCESSOR, and whether it received a
   * marketing list with the subject.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record LedgerRecipient(String name, String kind, boolean marketing) {}

  /**
   * Where the subject is mentioned in other records' free text (docs/promises.md): {@code
   * matchedBy} EMAIL, PHONE or NAME; {@code held}: under an erasure hold; {@code redacted}:
   * replaced by [poistettu]; {@code passage} null when the text has changed since.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Mention(
      UUID id,
      String recordType,
      UUID recordId,
      String field,
      String passage,
      String matchedBy,
      boolean held,
      boolean redacted) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Mentions(UUID subjectId, List<Mention> mentions) {}

  public record RedactCommand(UUID requestId) {}
}
