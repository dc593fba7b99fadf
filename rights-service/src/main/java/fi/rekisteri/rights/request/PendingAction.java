package fi.rekisteri.rights.request;

/** The register call a request waits to retry while the register is unavailable. */
public enum PendingAction {
  MATCH,
  EXECUTE,
  LIFT_RESTRICTION
}
