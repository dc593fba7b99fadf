package fi.rekisteri.rights.request;

/**
 * Why a request is refused under GDPR Art. 12(5): the controller may refuse to act on a request
 * that is manifestly unfounded or excessive, in particular because of its repetitive character, and
 * must be able to show why. The request's outcome carries the ground; the letter names it.
 */
public enum RefusalGround {
  MANIFESTLY_UNFOUNDED,
  EXCESSIVE
}
