package fi.rekisteri.rights.mention;

import fi.rekisteri.rights.register.RegisterApi;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where the request's subject is mentioned in other records' free text, as the register finds it
 * now (docs/promises.md). {@code awaitingConfirmation}: found by name alone, neither redacted nor
 * held; the DPO redacts it only after checking it is the subject and not a namesake.
 */
@Schema(name = "Mentions")
public record MentionView(UUID requestId, UUID subjectId, List<Item> mentions) {

  /** One mention; {@code passage} about 80 characters around it, null when the text changed. */
  @Schema(name = "Mention")
  public record Item(
      UUID id,
      @Schema(enumeration = {"CONTACT", "INTERACTION", "ORDER"}) String recordType,
      UUID recordId,
      @Schema(enumeration = {"notes", "worksite", "summary"}) String field,
      String passage,
      @Schema(enumeration = {"EMAIL", "PHONE", "NAME"}) String matchedBy,
      boolean held,
      boolean redacted,
      boolean awaitingConfirmation) {

    static Item of(RegisterApi.Mention m) {
      return new Item(
          m.id(),
          m.recordType(),
          m.recordId(),
          m.field(),
          m.passage(),
          m.matchedBy(),
          m.held(),
          m.redacted(),
          "NAME".equals(m.matchedBy()) && !m.held() && !m.redacted());
    }
  }
}
