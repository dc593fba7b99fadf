package fi.rekisteri.register.common;

/** Where a piece of personal data came from (R6). */
public enum SourceChannel {
  EMAIL,
  WEB_FORM,
  QUOTE_REQUEST,
  PHONE,
  MEETING,
  SALES_AUTOMATION,
  SOCIAL_MEDIA,
  PUBLIC_SOURCE,
  UPDATE_SERVICE,
  DATA_SUBJECT_REQUEST,
  /** The register itself, e.g. a consent lapsing under the retention policy (R10). */
  SYSTEM
}
