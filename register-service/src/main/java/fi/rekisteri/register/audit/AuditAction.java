package fi.rekisteri.register.audit;

public enum AuditAction {
  READ,
  SEARCH,
  CREATE,
  UPDATE,
  DELETE,
  EXPORT,
  RECTIFY,
  ERASE,
  RESTRICT,
  LIFT_RESTRICTION,
  OBJECT,
  LIST_EXPORT
}
