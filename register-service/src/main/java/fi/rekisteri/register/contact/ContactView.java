package fi.rekisteri.register.contact;

import fi.rekisteri.register.common.Address;
import fi.rekisteri.register.common.Source;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ContactView(
    UUID id,
    String firstName,
    String lastName,
    String title,
    UUID organisationId,
    String email,
    String phone,
    Address postalAddress,
    Address billingAddress,
    String worksite,
    String caseNumber,
    String notes,
    String supplementaryStatement,
    LocalDate relationshipStart,
    LocalDate relationshipEnd,
    Source source,
    Restriction restriction,
    Objection objection,
    Instant erasedAt,
    String suppression,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * Whether the contact is restricted (Art. 18), why (the latest cause's words) and since when;
   * {@code causes}: each request, objection or hold that restricts it, oldest first (the contact
   * stays restricted until the last is lifted), to the DPO, the administrator and the rights
   * service only (null to others).
   */
  public record Restriction(boolean restricted, String reason, Instant since, List<Cause> causes) {}

  /**
   * One cause of a restriction: the request or objection that caused it (null for an erasure hold),
   * its kind, and the day the Art. 18(3) notice said it ends (null until a lift is scheduled).
   */
  @Schema(name = "ContactRestrictionCause")
  public record Cause(String requestId, @NotNull RestrictionCause kind, LocalDate endsOn) {}

  public record Objection(boolean directMarketing, String situation, Instant since) {}
}
