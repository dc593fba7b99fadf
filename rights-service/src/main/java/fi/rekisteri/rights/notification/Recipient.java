package fi.rekisteri.rights.notification;

/**
 * A recipient or processor to be told of a rectification, erasure or restriction (Art. 19), or a
 * processor of a marketing list told of an objection to direct marketing; from the person's
 * disclosure ledger in the register (R20).
 */
public record Recipient(String name, NotificationTask.RecipientKind kind) {

  /** A ledger entry: {@code kind} is the register's RECIPIENT or PROCESSOR. */
  public static Recipient of(String name, String kind) {
    return new Recipient(
        name,
        "PROCESSOR".equals(kind)
            ? NotificationTask.RecipientKind.PROCESSOR
            : NotificationTask.RecipientKind.RECIPIENT);
  }
}
