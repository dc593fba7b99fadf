package fi.rekisteri.rights.request;

/**
 * How the requester's identity was verified, proportionately: a match against data already held, a
 * verified email of the self-service login, or the DPO's recorded check. An ID document is never
 * stored.
 */
public enum IdentityMethod {
  REGISTER_MATCH,
  TOKEN_EMAIL,
  DPO_CHECK
}
