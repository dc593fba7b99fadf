package fi.rekisteri.rights.notification;

import java.util.List;
import java.util.stream.Stream;

/** A recipient or processor to be told of a rectification, erasure or restriction (Art. 19). */
public record Recipient(String name, NotificationTask.RecipientKind kind) {

  /** The recipients and then the processors, in the order the controller profile names them. */
  public static List<Recipient> of(List<String> recipients, List<String> processors) {
    return Stream.concat(
            recipients.stream()
                .map(n -> new Recipient(n, NotificationTask.RecipientKind.RECIPIENT)),
            processors.stream()
                .map(n -> new Recipient(n, NotificationTask.RecipientKind.PROCESSOR)))
        .toList();
  }
}
