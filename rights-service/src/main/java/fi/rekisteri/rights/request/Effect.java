package fi.rekisteri.rights.request;

import fi.rekisteri.rights.letter.LetterText;
import java.util.List;

/**
 * What executing a request did in the register, ready to be recorded in one transaction.
 *
 * @param closeAs the final status, or null while the register's confirming event is awaited
 * @param letter the letter to the subject, or null while the confirmation is awaited
 */
record Effect(
    String outcome,
    String detail,
    String resultJson,
    String packageJson,
    RequestStatus closeAs,
    LetterText letter,
    List<Recipient> recipients,
    Boolean restricted) {

  record Recipient(String name, NotificationTask.RecipientKind kind) {}

  boolean awaitsConfirmation() {
    return closeAs == null;
  }
}
