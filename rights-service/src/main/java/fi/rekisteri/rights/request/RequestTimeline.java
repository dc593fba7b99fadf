package fi.rekisteri.rights.request;

import static fi.rekisteri.rights.request.TimelineAction.MAIL_FAILED;
import static fi.rekisteri.rights.request.TimelineAction.MAIL_SENT;

import java.time.Instant;
import java.util.List;

/**
 * A request's timeline (R21): its steps in order, and the steps that only record something without
 * changing the request's status. Not persisted itself; the steps are the request's events.
 */
public final class RequestTimeline {

  private final DataSubjectRequest request;

  RequestTimeline(DataSubjectRequest request) {
    this.request = request;
  }

  public List<RequestEvent> events() {
    return request.timeline;
  }

  /** Whether a step with {@code action} was logged. */
  boolean has(TimelineAction action) {
    return request.timeline.stream().anyMatch(e -> e.action == action);
  }

  void log(TimelineStep step) {
    request.timeline.add(new RequestEvent(request, request.timeline.size() + 1, step));
  }

  /** Logs a step that changes the request only by being its latest change. */
  void note(TimelineStep step) {
    request.updatedAt = step.at;
    log(step);
  }

  /** A recipient or processor was told of the change (GDPR Art. 19). */
  public void recipientNotified(String recipient, String note, String actor, Instant now) {
    note(
        TimelineStep.of(TimelineAction.RECIPIENT_NOTIFIED, actor, now)
            .because(note)
            .detail(recipient));
  }

  public void packageRead(String actor, String format, Instant now) {
    log(
        TimelineStep.of(TimelineAction.PACKAGE_READ, actor, now)
            .detail(TimelineNote.Code.PACKAGE_FORMAT, "format", format));
  }

  /** The DPO had a mention of the subject in another record redacted (docs/promises.md). */
  public void mentionRedacted(String mentionId, String actor, Instant now) {
    note(TimelineStep.of(TimelineAction.MENTION_REDACTED, actor, now).detail(mentionId));
  }

  /**
   * A message's state on the timeline ({@code MAIL_QUEUED}, {@code MAIL_SENT}, {@code
   * MAIL_FAILED}); a failure stays on the queue's line until a message is sent again.
   */
  public void mail(
      TimelineAction action, TimelineNote what, String answer, String actor, Instant n) {
    if (action == MAIL_FAILED) {
      request.deliveryFailedAt = n;
    } else if (action == MAIL_SENT) {
      request.deliveryFailedAt = null;
    }
    note(TimelineStep.of(action, actor, n).because(answer).detail(what));
  }
}
