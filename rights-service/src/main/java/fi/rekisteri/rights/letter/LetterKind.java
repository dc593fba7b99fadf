package fi.rekisteri.rights.letter;

/** What a letter to the requester says; every outcome of a request produces one. */
public enum LetterKind {
  COMPLETION,
  NO_DATA_HELD,
  EXTENSION_NOTICE,
  REFUSAL,
  PARTIAL_REFUSAL,
  RESTRICTION_LIFT_NOTICE,
  /** An objection on grounds of a particular situation (Art. 21(1)) rejected, with the reasons. */
  OBJECTION_REJECTION,
  WITHDRAWAL_CONFIRMATION,
  IDENTITY_REQUEST
}
