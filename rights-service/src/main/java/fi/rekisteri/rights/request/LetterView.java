package fi.rekisteri.rights.request;

import fi.rekisteri.rights.letter.LetterKind;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record LetterView(
    UUID id,
    LetterKind kind,
    Language language,
    String title,
    String body,
    Instant createdAt,
    String createdBy,
    @Schema(description = "The letter's delivery by email; null while it has not been sent")
        Delivery delivery) {

  /**
   * {@code at}: when the state was reached; {@code answer}: the mail relay's answer when the send
   * failed (a failed send is retried with backoff while the answer is not final).
   */
  public record Delivery(DeliveryState state, Instant at, String answer) {}
}
