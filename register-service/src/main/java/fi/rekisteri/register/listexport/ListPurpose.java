package fi.rekisteri.register.listexport;

import fi.rekisteri.register.preference.MarketingChannel;
import fi.rekisteri.register.preference.MarketingPreferences;

/** What a list is for decides who may be on it (R7, R17, R19; seeds 002, 003). */
public enum ListPurpose {
  /** Mailing labels for postal marketing: consent by post when the profile asks for consent. */
  MAILING_LABELS("name, postal address", true),
  /**
   * Email newsletter: consent by email always needed (the privacy notice: no direct marketing
   * without consent).
   */
  EMAIL_MARKETING("name, email", true),
  /** Telemarketing: consent by phone when the profile asks for consent; distance-selling ban. */
  PHONE_MARKETING("name, phone", true),
  /** Market and opinion research: not direct marketing; the research ban applies. */
  MARKET_RESEARCH("name, email, phone", false);

  private final String dataCategories;

  private final boolean marketing;

  ListPurpose(String dataCategories, boolean marketing) {
    this.dataCategories = dataCategories;
    this.marketing = marketing;
  }

  /** A direct-marketing list: an objection to direct marketing takes the person off it. */
  public boolean marketing() {
    return marketing;
  }

  public String dataCategories() {
    return dataCategories;
  }

  /**
   * Restriction, objection and erasure exclude from every list; then each purpose's own rule. With
   * {@code consentRequired} (the controller profile's {@code marketingRequiresConsent}) every
   * marketing list needs a consent for its channel; without it, postal and phone marketing rest on
   * legitimate interest and only the bans exclude.
   */
  public boolean admits(
      boolean restricted,
      boolean objected,
      boolean erased,
      MarketingPreferences preferences,
      boolean consentRequired) {
    if (restricted || objected || erased) {
      return false;
    }
    return switch (this) {
      case MAILING_LABELS ->
          !preferences.directMarketingBan()
              && !preferences.listPublicationBan()
              && (!consentRequired || consented(preferences, MarketingChannel.POST));
      case EMAIL_MARKETING ->
          !preferences.directMarketingBan() && consented(preferences, MarketingChannel.EMAIL);
      case PHONE_MARKETING ->
          !preferences.directMarketingBan()
              && !preferences.distanceSellingBan()
              && (!consentRequired || consented(preferences, MarketingChannel.PHONE));
      case MARKET_RESEARCH -> !preferences.researchBan();
    };
  }

  private static boolean consented(MarketingPreferences preferences, MarketingChannel channel) {
    return preferences.consentedChannels().contains(channel);
  }
}
