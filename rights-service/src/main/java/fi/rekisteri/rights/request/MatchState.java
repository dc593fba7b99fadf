package fi.rekisteri.rights.request;

/** The result of searching the register for the requester. */
public enum MatchState {
  NOT_SEARCHED,
  NONE,
  ONE,
  SEVERAL;

  static MatchState of(int found) {
    return found == 0 ? NONE : found == 1 ? ONE : SEVERAL;
  }
}
