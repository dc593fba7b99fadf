package fi.rekisteri.rights.request;

import static fi.rekisteri.rights.request.TimelineAction.IDENTITY_REQUESTED;
import static fi.rekisteri.rights.request.TimelineAction.IDENTITY_VERIFIED;

import fi.rekisteri.rights.letter.LetterText;
import fi.rekisteri.rights.request.TimelineNote.Code;
import java.time.Instant;

/**
 * Verifying the requester's identity (GDPR Art. 12(6)): by the DPO, by the register's match or by a
 * one-time code, or asked for by letter. Not persisted itself; the state is the request's {@link
 * IdentityCheck}.
 */
public final class IdentityVerification {

  private final DataSubjectRequest request;

  IdentityVerification(DataSubjectRequest request) {
    this.request = request;
  }

  void verify(IdentityMethod method, String note, String actor, Instant now) {
    verify(method, note, null, actor, now);
  }

  /** The requester entered the one-time code sent to the email the register holds. */
  public void byCode(Instant now) {
    verify(IdentityMethod.ONE_TIME_CODE, null, Code.ONE_TIME_CODE, DataSubjectRequest.SYSTEM, now);
  }

  void await(String note, String actor, Instant now) {
    request.moveTo(
        RequestStatus.AWAITING_IDENTITY,
        TimelineStep.of(IDENTITY_REQUESTED, actor, now).because(note));
  }

  /** The DPO asks the requester to confirm her identity, by letter. */
  void await(String note, LetterText letter, String actor, Instant now) {
    await(note, actor, now);
    request.letters().add(letter, actor, now);
  }

  private void verify(IdentityMethod method, String note, Code coded, String actor, Instant now) {
    DataSubjectRequest r = request;
    r.requireOpen();
    r.identity = new IdentityCheck(method, note, now, actor);
    r.updatedAt = now;
    RequestStatus from = r.status;
    if (r.status == RequestStatus.RECEIVED || r.status == RequestStatus.AWAITING_IDENTITY) {
      RequestStateMachine.check(r.status, r.working());
      r.status = r.working();
    }
    TimelineStep step =
        TimelineStep.of(IDENTITY_VERIFIED, actor, now)
            .move(from, from == r.status ? null : r.status)
            .detail(Code.IDENTITY_METHOD, "method", method);
    r.timeline().log(coded == null ? step.because(note) : step.because(coded));
  }
}
