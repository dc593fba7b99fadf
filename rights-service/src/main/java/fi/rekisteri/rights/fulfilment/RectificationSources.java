package fi.rekisteri.rights.fulfilment;

import fi.rekisteri.rights.notification.NotificationTask;
import fi.rekisteri.rights.notification.Recipient;
import fi.rekisteri.rights.register.RegisterApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * R15: the recorded source of corrected data is told of the correction when it is a third party (a
 * public source, an update service, sales automation, social media), so that the wrong data is not
 * fed back; the register names the source channel of each record it changed. One task per channel,
 * naming the records.
 */
final class RectificationSources {

  static final Set<String> THIRD_PARTIES =
      Set.of("PUBLIC_SOURCE", "UPDATE_SERVICE", "SALES_AUTOMATION", "SOCIAL_MEDIA");

  private RectificationSources() {}

  static List<Recipient> toTell(RegisterApi.RectifyResult result) {
    if (result.sources() == null
        || result.changedFields() == null
        || result.changedFields().isEmpty()) {
      return List.of();
    }
    Map<String, StringBuilder> records = new LinkedHashMap<>();
    for (RegisterApi.RectifiedSource source : result.sources()) {
      if (source.channel() != null && THIRD_PARTIES.contains(source.channel())) {
        StringBuilder named = records.get(source.channel());
        if (named == null) {
          records.put(source.channel(), new StringBuilder(source.record()));
        } else {
          named.append(", ").append(source.record());
        }
      }
    }
    return records.entrySet().stream()
        .map(
            e ->
                new Recipient(
                    "source " + e.getKey() + " (" + e.getValue() + ")",
                    NotificationTask.RecipientKind.SOURCE))
        .toList();
  }
}
