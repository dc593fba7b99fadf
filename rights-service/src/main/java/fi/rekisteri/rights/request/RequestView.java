package fi.rekisteri.rights.request;

import com.fasterxml.jackson.databind.JsonNode;
import fi.rekisteri.rights.gdpr.RequestType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A request as the DPO sees it. {@code dueDate} is the legal deadline, {@code targetDate} the
 * internal target; {@code result} is what the register answered (e.g. what was erased and kept).
 */
public record RequestView(
    UUID id,
    RequestType type,
    RequestStatus status,
    Channel channel,
    Origin origin,
    LocalDate receivedOn,
    Language language,
    SubjectDetails subject,
    String details,
    Objection objection,
    LocalDate dueDate,
    LocalDate targetDate,
    boolean overdue,
    Extension extension,
    Identity identity,
    Match match,
    boolean repeatWithin12Months,
    String holdReason,
    Waiting waiting,
    String outcome,
    JsonNode result,
    boolean awaitingConfirmation,
    Instant confirmedAt,
    boolean packageAvailable,
    boolean restricted,
    Instant restrictionLiftedAt,
    @Schema(
            description =
                "The day the restriction ends, as the Art. 18(3) notice told the subject; the"
                    + " register lifts it on that day, not before")
        LocalDate restrictionLiftOn,
    long openNotifications,
    @Schema(
            description =
                "When a letter or code to the requester last failed to be delivered by email; null"
                    + " when none has failed since the last one sent")
        Instant deliveryFailedAt,
    String createdBy,
    Instant createdAt,
    Instant updatedAt,
    Instant closedAt,
    long version,
    List<TimelineEntry> timeline) {

  public record Objection(ObjectionKind kind, String situation) {}

  public record Extension(boolean extended, String reason, Instant extendedAt) {}

  public record Identity(
      boolean verified,
      IdentityMethod method,
      String note,
      Instant verifiedAt,
      String verifiedBy) {}

  public record Match(MatchState state, UUID subjectId, List<Candidate> candidates) {}

  public record Waiting(PendingAction action, int retries, Instant nextRetryAt) {}
}
