package fi.rekisteri.rights.request;

import fi.rekisteri.rights.common.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The one extension of the deadline a request may have (GDPR Art. 12(3)). */
@Embeddable
public record Extension(
    @Column(name = "extended") boolean extended,
    @Column(name = "extension_reason") String reason,
    @Column(name = "extended_at") Instant extendedAt) {

  static final Extension NONE = new Extension(false, null, null);

  /** The extension granted now, or a 409 naming why it cannot be. */
  Extension grant(String reason, boolean allowedToday, Instant now) {
    if (reason == null || reason.isBlank()) {
      throw new DomainException(
          409,
          "Conflict",
          "An extension needs its reasons, which are told to the subject (GDPR Art. 12(3)).",
          "reason");
    }
    if (extended) {
      throw DomainException.conflict("The deadline has been extended once already.");
    }
    if (!allowedToday) {
      throw DomainException.conflict(
          "The first month from receipt has passed; the deadline can no longer be extended.");
    }
    return new Extension(true, reason, now);
  }
}
