package fi.rekisteri.register.preference;

/** R7: consent is per channel; the prohibitions are absolute. */
public enum PreferenceKind {
  DIRECT_MARKETING_CONSENT,
  DIRECT_MARKETING_BAN,
  DISTANCE_SELLING_BAN,
  RESEARCH_BAN,
  LIST_PUBLICATION_BAN;

  public boolean needsChannel() {
    return this == DIRECT_MARKETING_CONSENT;
  }

  /**
   * Whether a change of this kind only keeps marketing away: a consent withdrawn or a prohibition
   * set (GDPR Art. 7(3), 21(3)). Such a change is recorded on a restricted contact too (R17).
   */
  public boolean limitsMarketing(boolean granted) {
    return needsChannel() ? !granted : granted;
  }
}
