package fi.rekisteri.rights.request;

import fi.rekisteri.rights.letter.LetterKind;
import java.time.Instant;
import java.util.UUID;

public record LetterView(
    UUID id,
    LetterKind kind,
    Language language,
    String title,
    String body,
    Instant createdAt,
    String createdBy) {}
