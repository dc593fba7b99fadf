package fi.rekisteri.rights.gdpr;

/**
 * The rights of GDPR Art. 15-18, 20 and 21 a data subject can ask for: a request exercises one, and
 * a letter names it in the reader's words. Below every feature package, so that the requests and
 * the letters name the same right.
 */
public enum RequestType {
  ACCESS,
  RECTIFICATION,
  ERASURE,
  RESTRICTION,
  PORTABILITY,
  OBJECTION
}
