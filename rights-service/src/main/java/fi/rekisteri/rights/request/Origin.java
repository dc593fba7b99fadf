package fi.rekisteri.rights.request;

/** Who recorded the request: the DPO from a letter, email or visit, or the subject online. */
public enum Origin {
  DPO,
  SELF_SERVICE
}
