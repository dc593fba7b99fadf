package fi.rekisteri.register.disclosure;

/** A party the controller profile says receives a record type or list: who, and of which kind. */
public record Receiver(String name, RecipientKind kind) {}
