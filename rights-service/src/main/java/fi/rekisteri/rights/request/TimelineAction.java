package fi.rekisteri.rights.request;

/**
 * What a timeline step records. Stored and shown by name, so the names are part of the API and of
 * the stored rows: never rename one.
 */
public enum TimelineAction {
  RECEIVED,
  IDENTITY_VERIFIED,
  IDENTITY_REQUESTED,
  REPEAT_ACCESS_FLAGGED,
  REPEAT_REQUEST_FLAGGED,
  PROCESSING_STARTED,
  SUBJECT_SEARCHED,
  SUBJECT_SELECTED,
  SUBJECT_TO_CONFIRM,
  EXTENDED,
  ON_HOLD,
  RESUMED,
  REGISTER_UNAVAILABLE,
  REGISTER_AVAILABLE,
  REGISTER_REFUSED,
  EXECUTED,
  NOTIFICATIONS_CREATED,
  AWAITING_CONFIRMATION,
  ERASURE_CONFIRMED,
  RESTRICTION_LIFT_NOTIFIED,
  RESTRICTION_LIFTED,
  RECIPIENT_NOTIFIED,
  PACKAGE_READ,
  /** The stored access or portability copy was deleted (erasure or retention, R10, R16). */
  COPY_DELETED,
  COMPLETED,
  PARTIALLY_COMPLETED,
  REFUSED,
  WITHDRAWN,
  /** An objection to direct marketing took the person off every marketing list at receipt. */
  MARKETING_SUPPRESSED,
  /** No single contact holds the requester's email: the objection waits for the DPO's match. */
  MARKETING_UNMATCHED,
  /** A letter (detail: its kind) or an identity code was queued for sending by email. */
  MAIL_QUEUED,
  /** The mail relay accepted the message. */
  MAIL_SENT,
  /** The mail relay was down or refused the message (detail: its answer); retried or not. */
  MAIL_FAILED,
  /** The DPO confirmed a mention in another record's free text and had it redacted (detail: id). */
  MENTION_REDACTED;

  /** The step that closes a request in a final status. */
  static TimelineAction closing(RequestStatus status) {
    return valueOf(status.name());
  }
}
