package fi.rekisteri.register.contact;

import fi.rekisteri.register.common.Address;
import fi.rekisteri.register.common.Source;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

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

  public record Restriction(boolean restricted, String reason, Instant since) {}

  public record Objection(boolean directMarketing, String situation, Instant since) {}
}
