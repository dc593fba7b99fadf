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
}
