package fi.rekisteri.register.listexport;

import fi.rekisteri.register.preference.MarketingChannel;
import fi.rekisteri.register.preference.MarketingPreferences;

/** What a list is for decides who may be on it (R7, R17, R19; seeds 002, 003). */
public enum ListPurpose {
  /** Mailing labels for postal marketing: B2B legitimate interest, no consent needed. */
  MAILING_LABELS("name, postal address"),
  /**
   * Email newsletter: consent by email needed (the privacy notice: no direct marketing without
   * consent).
   */
  EMAIL_MARKETING("name, email"),
  /** Telemarketing: consent by phone needed; distance-selling ban applies. */
  PHONE_MARKETING("name, phone"),
  /** Market and opinion research. */
  MARKET_RESEARCH("name, email, phone");

  private final String dataCategories;

  ListPurpose(String dataCategories) {
    this.dataCategories = dataCategories;
  }

  public String dataCategories() {
    return dataCategories;
  }

  /** Restriction, objection and erasure exclude from every list; then each purpose's own rule. */
  public boolean admits(
      boolean restricted, boolean objected, boolean erased, MarketingPreferences preferences) {
    if (restricted || objected || erased) {
      return false;
    }
    return switch (this) {
      case MAILING_LABELS -> !preferences.directMarketingBan() && !preferences.listPublicationBan();
      case EMAIL_MARKETING ->
          !preferences.directMarketingBan()
              && preferences.consentedChannels().contains(MarketingChannel.EMAIL);
      case PHONE_MARKETING ->
          !preferences.directMarketingBan()
              && !preferences.distanceSellingBan()
              && preferences.consentedChannels().contains(MarketingChannel.PHONE);
      case MARKET_RESEARCH -> !preferences.researchBan();
    };
  }
}
