package fi.rekisteri.register.interaction;

import java.time.Instant;
import java.util.UUID;

public record InteractionView(
    UUID id,
    UUID contactId,
    InteractionKind kind,
    String channel,
    Instant occurredAt,
    String handler,
    String summary) {}
