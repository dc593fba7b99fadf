package fi.rekisteri.rights.request;

import static fi.rekisteri.rights.request.TimelineAction.REGISTER_AVAILABLE;
import static fi.rekisteri.rights.request.TimelineAction.REGISTER_REFUSED;
import static fi.rekisteri.rights.request.TimelineAction.REGISTER_UNAVAILABLE;

import fi.rekisteri.rights.request.TimelineNote.Code;
import java.time.Instant;

/**
 * A request's calls to the register: waiting in WAITING_FOR_REGISTER while it is down, and leaving
 * it when it answers. Not persisted itself; the state is the request's {@link RegisterWait}.
 */
public final class RegisterCalls {

  private final DataSubjectRequest request;

  RegisterCalls(DataSubjectRequest request) {
    this.request = request;
  }

  public void waiting(
      PendingAction action, String payload, Instant retryAt, String actor, Instant now) {
    DataSubjectRequest r = request;
    r.updatedAt = now;
    if (r.registerWait().action() == action) {
      r.registerWait = r.registerWait().retried(payload, retryAt);
      return;
    }
    r.registerWait = r.registerWait().waiting(action, payload, retryAt);
    TimelineStep step =
        TimelineStep.of(REGISTER_UNAVAILABLE, actor, now)
            .detail(Code.PENDING_ACTION, "action", action);
    if (r.status.isTerminal() || r.status == RequestStatus.WAITING_FOR_REGISTER) {
      // a follow-up of a closed request (lifting a restriction) waits without a status change
      r.timeline().log(step.because(Code.RETRIED));
      return;
    }
    RequestStatus previous = r.status;
    r.moveTo(RequestStatus.WAITING_FOR_REGISTER, step.because(Code.REGISTER_DOWN));
    r.registerWait = r.registerWait().resumingAs(previous);
  }

  /** The register refused a call: recorded, and the request leaves WAITING_FOR_REGISTER. */
  public void refused(String operation, int httpStatus, String actor, Instant now) {
    available(actor, now);
    request
        .timeline()
        .note(
            TimelineStep.of(REGISTER_REFUSED, actor, now)
                .detail(Code.REGISTER_ANSWER, "operation", operation, "status", httpStatus));
  }

  /** The register answered again: leave WAITING_FOR_REGISTER for the status before it. */
  public void available(String actor, Instant now) {
    DataSubjectRequest r = request;
    if (r.status == RequestStatus.WAITING_FOR_REGISTER) {
      RequestStatus resume = r.registerWait().resumeStatus();
      r.moveTo(
          resume == null ? r.working() : resume, TimelineStep.of(REGISTER_AVAILABLE, actor, now));
      r.registerWait = r.registerWait().resumingAs(null);
    }
    r.registerWait = r.registerWait().cleared();
  }
}
