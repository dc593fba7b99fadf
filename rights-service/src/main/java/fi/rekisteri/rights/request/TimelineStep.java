package fi.rekisteri.rights.request;

import java.time.Instant;

/**
 * A timeline step being written, named part by part instead of by position: {@code
 * TimelineStep.of(SUBJECT_SELECTED, actor, now).because(SELECTED_AUTOMATICALLY).detail(id)}.
 */
final class TimelineStep {

  final TimelineAction action;
  final String actor;
  final Instant at;
  RequestStatus from;
  RequestStatus to;
  String reason;
  String detail;
  TimelineNote reasonNote;
  TimelineNote detailNote;

  private TimelineStep(TimelineAction action, String actor, Instant at) {
    this.action = action;
    this.actor = actor;
    this.at = at;
  }

  static TimelineStep of(TimelineAction action, String actor, Instant at) {
    return new TimelineStep(action, actor, at);
  }

  /** The status change of the step; {@code to} null when the status stays. */
  TimelineStep move(RequestStatus from, RequestStatus to) {
    this.from = from;
    this.to = to;
    return this;
  }

  TimelineStep because(String reason) {
    this.reason = reason;
    return this;
  }

  TimelineStep detail(String detail) {
    this.detail = detail;
    return this;
  }

  /** A reason the service writes: a code, worded in the reader's language. */
  TimelineStep because(TimelineNote.Code code, Object... namesAndValues) {
    this.reasonNote = TimelineNote.of(code, namesAndValues);
    return this;
  }

  TimelineStep detail(TimelineNote note) {
    this.detailNote = note;
    return this;
  }

  TimelineStep detail(TimelineNote.Code code, Object... namesAndValues) {
    return detail(TimelineNote.of(code, namesAndValues));
  }
}
