package fi.rekisteri.register.preference;

import fi.rekisteri.register.common.Source;
import java.time.Instant;
import java.util.UUID;

public record PreferenceChangeView(
    UUID id,
    PreferenceKind kind,
    MarketingChannel channel,
    boolean granted,
    Source source,
    Instant recordedAt,
    String recordedBy) {}
