package fi.rekisteri.rights.request;

import fi.rekisteri.rights.gdpr.RequestType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of the DPO dashboard: no personal data, just the deadline and what blocks it. */
public record RequestSummary(
    UUID id,
    RequestType type,
    RequestStatus status,
    Channel channel,
    LocalDate receivedOn,
    LocalDate dueDate,
    LocalDate targetDate,
    boolean overdue,
    boolean extended,
    boolean blocked,
    String blockedBy,
    boolean identityVerified,
    MatchState matchState,
    boolean repeatWithin12Months,
    @Schema(
            description =
                "When a letter or code to the requester last failed to be delivered by email; null"
                    + " when none has failed since the last one sent")
        Instant deliveryFailedAt,
    Instant createdAt,
    Instant closedAt) {}
