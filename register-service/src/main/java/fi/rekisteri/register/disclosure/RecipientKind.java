package fi.rekisteri.register.disclosure;

/** Who received a disclosure: a recipient of its own, or a processor acting for the controller. */
public enum RecipientKind {
  RECIPIENT,
  PROCESSOR
}
