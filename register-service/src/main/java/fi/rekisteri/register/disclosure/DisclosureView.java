package fi.rekisteri.register.disclosure;

import java.time.Instant;
import java.util.UUID;

public record DisclosureView(
    UUID id,
    String recipient,
    RecipientKind recipientKind,
    String dataCategories,
    String purpose,
    Instant disclosedAt,
    String disclosedBy) {}
