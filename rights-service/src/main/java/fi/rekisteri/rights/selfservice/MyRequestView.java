package fi.rekisteri.rights.selfservice;

import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.request.Channel;
import fi.rekisteri.rights.request.Language;
import fi.rekisteri.rights.request.LetterView;
import fi.rekisteri.rights.request.RequestStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A request as its data subject sees it in the self-service channel. */
public record MyRequestView(
    UUID id,
    RequestType type,
    RequestStatus status,
    Channel channel,
    LocalDate receivedOn,
    Language language,
    String details,
    LocalDate dueDate,
    boolean extended,
    String extensionReason,
    String outcome,
    boolean packageAvailable,
    Instant createdAt,
    Instant closedAt,
    List<LetterView> letters) {}
