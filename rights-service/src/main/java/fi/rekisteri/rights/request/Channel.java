package fi.rekisteri.rights.request;

/** How the request reached the controller; any channel is accepted. */
public enum Channel {
  LETTER,
  EMAIL,
  PHONE,
  VISIT,
  WEB
}
