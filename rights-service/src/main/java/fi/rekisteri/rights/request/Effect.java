package fi.rekisteri.rights.request;

import fi.rekisteri.rights.letter.LetterText;

/**
 * What executing a request did in the register, ready to be recorded in one transaction.
 *
 * @param closeAs the final status, or null while the register's confirming event is awaited
 * @param letter the letter to the subject, or null while the confirmation is awaited
 * @param recipients how many recipients and processors are to be told (GDPR Art. 19)
 * @param restricted the restriction in force after the call, or null when it does not change
 */
public record Effect(
    String outcome,
    TimelineNote detail,
    String resultJson,
    String packageJson,
    RequestStatus closeAs,
    LetterText letter,
    int recipients,
    Boolean restricted) {

  boolean awaitsConfirmation() {
    return closeAs == null;
  }
}
