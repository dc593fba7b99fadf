package fi.rekisteri.rights.letter;

/** A letter's title and plain-text body, in the request's language. */
public record LetterText(LetterKind kind, String title, String body) {}
