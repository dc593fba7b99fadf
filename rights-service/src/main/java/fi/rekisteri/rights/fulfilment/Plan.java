package fi.rekisteri.rights.fulfilment;

import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.register.RegisterApi;
import fi.rekisteri.rights.request.DataSubjectRequest;
import fi.rekisteri.rights.request.ObjectionKind;
import fi.rekisteri.rights.request.PendingAction;
import fi.rekisteri.rights.request.RectificationChanges;
import fi.rekisteri.rights.request.SubjectDetails;
import java.util.UUID;

/** What one register step needs, read from the request in a short transaction. */
record Plan(
    UUID id,
    RequestType type,
    PendingAction action,
    UUID subjectId,
    RegisterApi.SearchQuery query,
    RectificationChanges changes,
    ObjectionKind objectionKind,
    String situation) {

  static Plan of(DataSubjectRequest request, PendingAction action, RectificationChanges changes) {
    SubjectDetails subject = request.requester().toSubject();
    return new Plan(
        request.id(),
        request.type(),
        action,
        request.subjectId(),
        new RegisterApi.SearchQuery(
            subject.email(), subject.phone(), subject.firstName(), subject.lastName(), null),
        changes,
        request.objection().kind(),
        request.objection().situationOr(request.details()));
  }
}
