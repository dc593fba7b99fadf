package fi.rekisteri.register.preference;

import java.util.List;
import java.util.UUID;

public record PreferencesView(
    UUID contactId,
    MarketingPreferences current,
    boolean objectedToDirectMarketing,
    List<PreferenceChangeView> history) {}
