package fi.rekisteri.register.preference;

import fi.rekisteri.register.outbox.DomainEvent;
import java.util.List;

/** Events about a contact's marketing preferences, on topic {@code preference.events}. */
public sealed interface PreferenceEvent extends DomainEvent {

  @Override
  default String aggregateType() {
    return "preference";
  }

  record PreferencesChanged(List<PreferenceKind> kinds) implements PreferenceEvent {}
}
