package fi.rekisteri.rights.request;

/** The rights of GDPR Art. 15-18, 20 and 21 a data subject can ask for. */
public enum RequestType {
  ACCESS,
  RECTIFICATION,
  ERASURE,
  RESTRICTION,
  PORTABILITY,
  OBJECTION
}
