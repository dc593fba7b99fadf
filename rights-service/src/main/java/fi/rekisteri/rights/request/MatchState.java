package fi.rekisteri.rights.request;

/** The result of searching the register for the requester. */
public enum MatchState {
  NOT_SEARCHED,
  NONE,
  ONE,
  SEVERAL
}
