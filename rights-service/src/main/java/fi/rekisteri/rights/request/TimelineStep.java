package fi.rekisteri.rights.request;

import java.time.Instant;

/**
 * A timeline step being written, named part by part instead of by position: {@code
 * TimelineStep.of(SUBJECT_SELECTED, actor, now).because("...").detail(id)}.
 */
final class TimelineStep {

  final TimelineAction action;
  final String actor;
  final Instant at;
  RequestStatus from;
  RequestStatus to;
  String reason;
  String detail;

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
}
