package fi.rekisteri.register.preference;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The current state derived from the history: the latest change per kind and channel wins. No
 * consent is the default (no direct marketing without consent).
 */
public record MarketingPreferences(
    Set<MarketingChannel> consentedChannels,
    boolean directMarketingBan,
    boolean distanceSellingBan,
    boolean researchBan,
    boolean listPublicationBan) {

  public static MarketingPreferences of(List<PreferenceChange> history) {
    Map<MarketingChannel, Boolean> consent = new EnumMap<>(MarketingChannel.class);
    Map<PreferenceKind, Boolean> bans = new EnumMap<>(PreferenceKind.class);
    for (PreferenceChange change : history) {
      if (change.kind == PreferenceKind.DIRECT_MARKETING_CONSENT) {
        consent.put(change.channel, change.granted);
      } else {
        bans.put(change.kind, change.granted);
      }
    }
    Set<MarketingChannel> consented = EnumSet.noneOf(MarketingChannel.class);
    consent.forEach(
        (channel, granted) -> {
          if (granted) {
            consented.add(channel);
          }
        });
    return new MarketingPreferences(
        consented,
        bans.getOrDefault(PreferenceKind.DIRECT_MARKETING_BAN, false),
        bans.getOrDefault(PreferenceKind.DISTANCE_SELLING_BAN, false),
        bans.getOrDefault(PreferenceKind.RESEARCH_BAN, false),
        bans.getOrDefault(PreferenceKind.LIST_PUBLICATION_BAN, false));
  }
}
