package fi.rekisteri.rights.request;

/** GDPR Art. 21(2) direct marketing (absolute) or Art. 21(1) a particular situation. */
public enum ObjectionKind {
  DIRECT_MARKETING,
  PARTICULAR_SITUATION
}
