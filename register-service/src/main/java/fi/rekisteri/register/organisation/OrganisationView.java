package fi.rekisteri.register.organisation;

import fi.rekisteri.register.common.Address;
import java.time.Instant;
import java.util.UUID;

public record OrganisationView(
    UUID id,
    String name,
    String businessId,
    Address visitingAddress,
    Address billingAddress,
    long version,
    Instant createdAt,
    Instant updatedAt) {}
