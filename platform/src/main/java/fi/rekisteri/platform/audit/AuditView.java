package fi.rekisteri.platform.audit;

import java.time.Instant;
import java.util.UUID;

public record AuditView(
    Long id,
    Instant occurredAt,
    String actor,
    String role,
    UUID subjectId,
    String action,
    String resource,
    String purpose) {}
