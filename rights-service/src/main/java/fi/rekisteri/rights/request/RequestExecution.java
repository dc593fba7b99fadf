package fi.rekisteri.rights.request;

import static fi.rekisteri.rights.request.TimelineAction.AWAITING_CONFIRMATION;
import static fi.rekisteri.rights.request.TimelineAction.ERASURE_CONFIRMED;
import static fi.rekisteri.rights.request.TimelineAction.EXECUTED;
import static fi.rekisteri.rights.request.TimelineAction.NOTIFICATIONS_CREATED;
import static fi.rekisteri.rights.request.TimelineAction.RESTRICTION_LIFTED;
import static fi.rekisteri.rights.request.TimelineAction.RESTRICTION_LIFT_NOTIFIED;

import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.letter.LetterText;
import fi.rekisteri.rights.request.TimelineNote.Code;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The register's execution of a request and what follows it: the confirming event of an erasure,
 * the lift of a restriction, the deletion of the subject's copy. Not persisted itself; the state is
 * the request's {@link Resolution} and {@link Restriction}.
 */
public final class RequestExecution {

  private final DataSubjectRequest request;

  RequestExecution(DataSubjectRequest request) {
    this.request = request;
  }

  public void apply(Effect effect, String actor, Instant now) {
    DataSubjectRequest r = request;
    r.register().available(actor, now);
    r.requireOpen();
    r.resolution = r.resolution().executed(effect, now);
    if (effect.restricts()) {
      r.restriction = r.restriction().imposed();
    }
    r.updatedAt = now;
    r.timeline().log(TimelineStep.of(EXECUTED, actor, now).detail(effect.detail()));
    if (effect.recipients() > 0) {
      r.timeline()
          .log(
              TimelineStep.of(NOTIFICATIONS_CREATED, actor, now)
                  .because(Code.ART_19)
                  .detail(Code.TASKS, "count", effect.recipients()));
    }
    if (effect instanceof Effect.Completing completing) {
      r.letters().add(completing.letter(), actor, now);
      r.moveTo(
          RequestStatus.COMPLETED,
          TimelineStep.of(TimelineAction.closing(RequestStatus.COMPLETED), actor, now));
      return;
    }
    r.timeline().log(TimelineStep.of(AWAITING_CONFIRMATION, actor, now).because(Code.AWAITS_EVENT));
  }

  public void confirmErasure(RequestStatus closeAs, LetterText letter, String actor, Instant now) {
    DataSubjectRequest r = request;
    if (!r.resolution().awaitingConfirmation()) {
      return;
    }
    r.resolution = r.resolution().confirmed(now);
    r.timeline().log(TimelineStep.of(ERASURE_CONFIRMED, actor, now).because(Code.EVENT_RECEIVED));
    r.letters().add(letter, actor, now);
    r.moveTo(closeAs, TimelineStep.of(TimelineAction.closing(closeAs), actor, now));
  }

  public void noticeRestrictionLift(
      LetterText notice, LocalDate liftOn, String actor, Instant now) {
    DataSubjectRequest r = request;
    // a RESTRICTION request, or an objection on grounds of a particular situation, restricts
    if (!(r.type == RequestType.RESTRICTION || r.type == RequestType.OBJECTION)
        || !r.restriction().inForce()
        || !r.resolution().executed()) {
      throw DomainException.conflict(
          "Only an executed RESTRICTION request, or an objection on grounds of a particular"
              + " situation, with the restriction in force can be lifted.");
    }
    if (r.registerWait().action() == PendingAction.LIFT_RESTRICTION
        || r.restriction().liftOn() != null) {
      return; // the notice was recorded already; the lift is scheduled or retried
    }
    r.updatedAt = now;
    r.restriction = r.restriction().liftOn(liftOn);
    r.letters().add(notice, actor, now);
    r.timeline().log(TimelineStep.of(RESTRICTION_LIFT_NOTIFIED, actor, now).because(Code.ART_18_3));
  }

  public void restrictionLifted(String actor, Instant now) {
    DataSubjectRequest r = request;
    r.registerWait = r.registerWait().cleared();
    r.restriction = r.restriction().lifted(now);
    r.timeline().note(TimelineStep.of(RESTRICTION_LIFTED, actor, now));
  }

  /**
   * Deletes the stored access or portability copy; the request and its letters stay, and the
   * timeline records the deletion. False when there was none.
   */
  public boolean deleteCopy(String actor, Code reason, Instant now) {
    DataSubjectRequest r = request;
    if (r.resolution().packageJson() == null) {
      return false;
    }
    r.resolution = r.resolution().withoutCopy();
    r.timeline().note(TimelineStep.of(TimelineAction.COPY_DELETED, actor, now).because(reason));
    return true;
  }
}
