package fi.rekisteri.rights.notification;

import fi.rekisteri.rights.gdpr.RequestType;
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
