package fi.rekisteri.rights.request;

import static fi.rekisteri.rights.request.TimelineAction.EXTENDED;
import static fi.rekisteri.rights.request.TimelineAction.ON_HOLD;
import static fi.rekisteri.rights.request.TimelineAction.RESUMED;

import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.letter.LetterText;
import fi.rekisteri.rights.request.TimelineNote.Code;
import java.time.Instant;
import java.time.LocalDate;

/**
 * When a request is due and whether it waits: the one extension of its deadline (GDPR Art. 12(3)),
 * and the DPO holding and resuming it. Not persisted itself; the state is the request's {@link
 * Deadline}, {@link Extension} and {@link Hold}.
 */
public final class RequestSchedule {

  private final DataSubjectRequest request;

  RequestSchedule(DataSubjectRequest request) {
    this.request = request;
  }

  void extend(
      String reason,
      boolean allowedToday,
      LocalDate newDueDate,
      LetterText notice,
      String actor,
      Instant now) {
    DataSubjectRequest r = request;
    r.requireOpen();
    r.extension = r.extension().grant(reason, allowedToday, now);
    LocalDate previous = r.deadline.dueDate();
    r.deadline = r.deadline.movedTo(newDueDate);
    TimelineStep step =
        TimelineStep.of(EXTENDED, actor, now)
            .because(reason)
            .detail(Code.DUE_DATE_MOVED, "from", previous, "to", newDueDate);
    if (r.status == RequestStatus.RECEIVED || r.status == RequestStatus.IN_PROGRESS) {
      r.moveTo(RequestStatus.EXTENDED, step);
    } else {
      r.timeline().note(step);
      r.hold = r.hold == null ? null : r.hold.extended();
      r.registerWait = r.registerWait().extended();
    }
    r.letters().add(notice, actor, now);
  }

  void hold(String reason, String actor, Instant now) {
    DataSubjectRequest r = request;
    r.requireOpen();
    RequestStatus previous = r.status;
    r.moveTo(RequestStatus.ON_HOLD, TimelineStep.of(ON_HOLD, actor, now).because(reason));
    r.hold = new Hold(reason, previous);
  }

  void resume(String actor, Instant now) {
    DataSubjectRequest r = request;
    if (r.status != RequestStatus.ON_HOLD) {
      throw DomainException.conflict(
          "Only a request ON_HOLD can be resumed; this one is " + r.status + ".");
    }
    RequestStatus resumeStatus = r.hold().resumeStatus();
    RequestStatus target = resumeStatus == null ? r.working() : resumeStatus;
    r.moveTo(target, TimelineStep.of(RESUMED, actor, now));
    r.hold = null;
    if (target == RequestStatus.WAITING_FOR_REGISTER) {
      r.registerWait = r.registerWait().retryNow(now);
    }
  }
}
