package fi.rekisteri.rights.fulfilment;

import fi.rekisteri.rights.notification.NotificationTask;
import fi.rekisteri.rights.notification.Recipient;
import fi.rekisteri.rights.register.RegisterApi;
import fi.rekisteri.rights.register.RegisterGateway;
import java.util.List;
import java.util.UUID;

/**
 * Who is told of a change (Art. 19, R20): the recipients and processors in this person's disclosure
 * ledger in the register, each once, and nobody else.
 */
final class Recipients {

  private Recipients() {}

  /** Every distinct recipient and processor that received the subject's data. */
  static List<Recipient> of(RegisterGateway register, UUID subjectId) {
    return register.recipients(subjectId).stream().map(Recipients::recipient).toList();
  }

  /** The processors that received a marketing list with the subject (an objection to it). */
  static List<Recipient> marketingProcessors(RegisterGateway register, UUID subjectId) {
    return register.recipients(subjectId).stream()
        .filter(RegisterApi.LedgerRecipient::marketing)
        .map(Recipients::recipient)
        .filter(r -> r.kind() == NotificationTask.RecipientKind.PROCESSOR)
        .toList();
  }

  private static Recipient recipient(RegisterApi.LedgerRecipient entry) {
    return Recipient.of(entry.name(), entry.kind());
  }
}
