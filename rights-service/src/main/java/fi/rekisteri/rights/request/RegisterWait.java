package fi.rekisteri.rights.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * The register call a request waits to retry while the register is down, and the status it had
 * before WAITING_FOR_REGISTER.
 */
@Embeddable
public record RegisterWait(
    @Enumerated(EnumType.STRING) @Column(name = "wait_resume_status") RequestStatus resumeStatus,
    @Enumerated(EnumType.STRING) @Column(name = "pending_action") PendingAction action,
    @Column(name = "pending_payload") String payload,
    @Column(name = "retry_count") int retryCount,
    @Column(name = "next_retry_at") Instant nextRetryAt) {

  static final RegisterWait NONE = new RegisterWait(null, null, null, 0, null);

  /** The same call failed again: counted, and tried again at {@code retryAt}. */
  RegisterWait retried(String payload, Instant retryAt) {
    return new RegisterWait(resumeStatus, action, payload, retryCount + 1, retryAt);
  }

  RegisterWait waiting(PendingAction action, String payload, Instant retryAt) {
    return new RegisterWait(resumeStatus, action, payload, 0, retryAt);
  }

  RegisterWait resumingAs(RequestStatus status) {
    return new RegisterWait(status, action, payload, retryCount, nextRetryAt);
  }

  /** An extension while waiting: the request resumes as EXTENDED. */
  RegisterWait extended() {
    return resumeStatus == RequestStatus.IN_PROGRESS ? resumingAs(RequestStatus.EXTENDED) : this;
  }

  RegisterWait retryNow(Instant now) {
    return new RegisterWait(resumeStatus, action, payload, retryCount, now);
  }

  /** No call pending any more (the resume status is kept, as it was before). */
  RegisterWait cleared() {
    return new RegisterWait(resumeStatus, null, null, 0, null);
  }
}
