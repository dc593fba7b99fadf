package fi.rekisteri.register.interaction;

public enum InteractionKind {
  CONTACT_REQUEST,
  QUOTE_REQUEST,
  MEETING,
  CALL,
  EMAIL,
  ASSIGNMENT
}
