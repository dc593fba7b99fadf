package fi.rekisteri.rights.request;

import static fi.rekisteri.rights.request.TimelineAction.MARKETING_SUPPRESSED;
import static fi.rekisteri.rights.request.TimelineAction.MARKETING_UNMATCHED;
import static fi.rekisteri.rights.request.TimelineAction.REGISTER_UNAVAILABLE;

import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.request.TimelineNote.Code;
import java.time.Instant;

/**
 * An objection to direct marketing takes effect on receipt (R19): whether the register is still to
 * act on a request, and the steps recording what it did. Not persisted itself.
 */
public final class DirectMarketing {

  private final DataSubjectRequest request;

  DirectMarketing(DataSubjectRequest request) {
    this.request = request;
  }

  /** Whether the register is still to take the requester off its marketing lists. */
  public boolean suppressionDue() {
    return request.type == RequestType.OBJECTION
        && request.objection().kind() == ObjectionKind.DIRECT_MARKETING
        && request.status.isOpen()
        && !request.resolution().executed()
        && !request.timeline().has(MARKETING_SUPPRESSED)
        && !request.timeline().has(MARKETING_UNMATCHED);
  }

  /** The register took the only contact with the requester's email off every marketing list. */
  public void suppressed(String actor, Instant now) {
    request
        .timeline()
        .note(TimelineStep.of(MARKETING_SUPPRESSED, actor, now).because(Code.ART_21_3));
  }

  /** No single contact holds the requester's email; the DPO's match and execution decide. */
  public void unmatched(TimelineNote detail, String actor, Instant now) {
    request.timeline().note(TimelineStep.of(MARKETING_UNMATCHED, actor, now).detail(detail));
  }

  /** The register was down at receipt: recorded once; the retry job asks again on every run. */
  public void suppressionWaits(String actor, Instant now) {
    boolean recorded =
        request.timeline.stream()
            .anyMatch(
                e ->
                    e.action == REGISTER_UNAVAILABLE
                        && e.detailNote() != null
                        && e.detailNote().code() == Code.SUPPRESS_MARKETING);
    if (!recorded) {
      request
          .timeline()
          .note(
              TimelineStep.of(REGISTER_UNAVAILABLE, actor, now)
                  .because(Code.REGISTER_DOWN)
                  .detail(Code.SUPPRESS_MARKETING));
    }
  }
}
