package fi.rekisteri.rights.letter;

import io.quarkus.qute.TemplateData;

/**
 * What every letter shows around its body: sender, date, recipient, the matter, the salutation and
 * the signature, already in the letter's language.
 */
@TemplateData
public record LetterFrame(
    Letterhead letterhead,
    String date,
    String recipient,
    String title,
    String rightLabel,
    String receivedOn,
    String reference,
    String salutation,
    String signerRole) {}
