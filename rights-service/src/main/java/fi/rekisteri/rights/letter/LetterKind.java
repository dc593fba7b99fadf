package fi.rekisteri.rights.letter;

/** What a letter to the requester says; every outcome of a request produces one. */
public enum LetterKind {
  COMPLETION,
  NO_DATA_HELD,
  EXTENSION_NOTICE,
  REFUSAL,
  PARTIAL_REFUSAL,
  RESTRICTION_LIFT_NOTICE,
  WITHDRAWAL_CONFIRMATION,
  IDENTITY_REQUEST
}
