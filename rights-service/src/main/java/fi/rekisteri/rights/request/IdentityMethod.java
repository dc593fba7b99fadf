package fi.rekisteri.rights.request;

/**
 * How the requester's identity was verified, proportionately: a match against data already held, a
 * verified email of the self-service login, the DPO's recorded check, or a one-time code sent to
 * the email the register holds and entered by the requester (Art. 12(6)). An ID document is never
 * stored.
 */
public enum IdentityMethod {
  REGISTER_MATCH,
  TOKEN_EMAIL,
  DPO_CHECK,
  ONE_TIME_CODE
}
