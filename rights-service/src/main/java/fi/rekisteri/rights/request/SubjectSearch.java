package fi.rekisteri.rights.request;

import static fi.rekisteri.rights.request.TimelineAction.SUBJECT_SEARCHED;
import static fi.rekisteri.rights.request.TimelineAction.SUBJECT_SELECTED;
import static fi.rekisteri.rights.request.TimelineAction.SUBJECT_TO_CONFIRM;

import fi.rekisteri.rights.request.TimelineNote.Code;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Finding the request's subject in the register: the search's candidates and the DPO's choice. Not
 * persisted itself; the state is the request's {@link SubjectMatch}.
 */
public final class SubjectSearch {

  private final DataSubjectRequest request;

  SubjectSearch(DataSubjectRequest request) {
    this.request = request;
  }

  public void record(List<Candidate> found, String actor, Instant now) {
    DataSubjectRequest r = request;
    r.requireOpen();
    r.resolution().requireNotExecuted();
    r.subjectMatch = r.subjectMatch().searched(found);
    r.updatedAt = now;
    RequestTimeline timeline = r.timeline();
    timeline.log(
        TimelineStep.of(SUBJECT_SEARCHED, actor, now).detail(Code.MATCHES, "count", found.size()));
    if (SubjectMatch.byContact(found) != null) {
      timeline.log(
          TimelineStep.of(SUBJECT_SELECTED, actor, now)
              .because(Code.SELECTED_AUTOMATICALLY)
              .detail(r.subjectId().toString()));
    } else if (found.size() == 1) {
      timeline.log(TimelineStep.of(SUBJECT_TO_CONFIRM, actor, now).because(Code.NAME_ONLY_MATCH));
    }
  }

  void choose(UUID chosen, String reason, String actor, Instant now) {
    DataSubjectRequest r = request;
    r.requireOpen();
    r.resolution().requireNotExecuted();
    boolean offered = r.subjectMatch().offered(chosen) != null;
    r.subjectMatch = r.subjectMatch().chosen(chosen, reason, r.origin == Origin.SELF_SERVICE);
    r.updatedAt = now;
    TimelineStep step = TimelineStep.of(SUBJECT_SELECTED, actor, now).detail(chosen.toString());
    r.timeline()
        .log(
            offered
                ? step.because(Code.CHOSEN_AMONG)
                : step.because(Code.CHOSEN_WITHOUT, "text", reason.strip()));
  }
}
