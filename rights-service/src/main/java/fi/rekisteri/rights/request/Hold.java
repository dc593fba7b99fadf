package fi.rekisteri.rights.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Why a request is ON_HOLD and the status it resumes in; all null when it is not held. */
@Embeddable
public record Hold(
    @Column(name = "hold_reason") String reason,
    @Enumerated(EnumType.STRING) @Column(name = "resume_status") RequestStatus resumeStatus) {

  static final Hold NONE = new Hold(null, null);

  Hold withoutReason() {
    return new Hold(null, resumeStatus);
  }

  /** An extension while held: the request resumes as EXTENDED instead of in its working status. */
  Hold extended() {
    return resumeStatus == RequestStatus.IN_PROGRESS || resumeStatus == RequestStatus.RECEIVED
        ? new Hold(reason, RequestStatus.EXTENDED)
        : this;
  }
}
