package fi.rekisteri.rights.request;

import java.time.Instant;
import java.util.UUID;

public record NotificationView(
    UUID id,
    String recipient,
    NotificationTask.RecipientKind recipientKind,
    RequestType reason,
    NotificationTask.Status status,
    Instant createdAt,
    Instant confirmedAt,
    String confirmedBy,
    String note) {}
