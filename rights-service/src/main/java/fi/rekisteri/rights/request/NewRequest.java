package fi.rekisteri.rights.request;

import fi.rekisteri.rights.gdpr.RequestType;
import java.time.LocalDate;

/** A request as the service creates it, from either intake channel. */
public record NewRequest(
    RequestType type,
    Channel channel,
    Origin origin,
    LocalDate receivedOn,
    Language language,
    SubjectDetails subject,
    String details,
    ObjectionKind objectionKind,
    String situation,
    IdentityMethod verifiedBy,
    String identityNote) {}
