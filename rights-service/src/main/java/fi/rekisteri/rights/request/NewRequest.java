package fi.rekisteri.rights.request;

import static fi.rekisteri.rights.request.TimelineAction.IDENTITY_VERIFIED;
import static fi.rekisteri.rights.request.TimelineAction.RECEIVED;

import fi.rekisteri.rights.deadline.Deadlines;
import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.request.TimelineNote.Code;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

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
    String identityNote) {

  /** The request received: RECEIVED, due by {@code deadlines}, its identity verified if given. */
  public DataSubjectRequest receive(UUID id, Deadlines deadlines, String actor, Instant now) {
    DataSubjectRequest r = new DataSubjectRequest();
    r.id = id;
    r.type = type;
    r.channel = channel;
    r.origin = origin;
    r.receivedOn = receivedOn;
    r.language = (language == null ? Language.FI : language).code();
    r.requester = RequesterDetails.of(subject);
    r.details = details;
    r.objection = type == RequestType.OBJECTION ? ObjectionDetails.of(this) : null;
    r.deadline = Deadline.of(deadlines);
    r.extension = Extension.NONE;
    r.registerWait = RegisterWait.NONE;
    r.subjectMatch = SubjectMatch.NOT_SEARCHED;
    r.resolution = Resolution.NONE;
    r.restriction = Restriction.NONE;
    r.createdBy = actor;
    r.createdAt = now;
    r.updatedAt = now;
    r.status = RequestStatus.RECEIVED;
    r.timeline()
        .log(
            TimelineStep.of(RECEIVED, actor, now)
                .move(null, RequestStatus.RECEIVED)
                .detail(receivedNote()));
    if (verifiedBy != null) {
      r.identity = new IdentityCheck(verifiedBy, identityNote, now, actor);
      r.timeline()
          .log(
              TimelineStep.of(IDENTITY_VERIFIED, actor, now)
                  .because(identityNote)
                  .detail(Code.IDENTITY_METHOD, "method", verifiedBy));
    }
    return r;
  }

  private TimelineNote receivedNote() {
    return TimelineNote.of(
        Code.RECEIVED,
        "type",
        type,
        "channel",
        channel,
        "origin",
        origin,
        "receivedOn",
        receivedOn);
  }
}
