package fi.rekisteri.rights.letter;

/** The data subject's right that a request exercises; a letter names it in the reader's words. */
public enum Right {
  ACCESS,
  RECTIFICATION,
  ERASURE,
  RESTRICTION,
  PORTABILITY,
  OBJECTION;

  static Right of(String requestType) {
    return valueOf(requestType);
  }
}
