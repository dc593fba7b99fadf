package fi.rekisteri.register.contact;

/** Why a contact's processing is restricted (GDPR Art. 18, R16, R17). */
public enum RestrictionCause {
  /** The data subject asked for it (Art. 18(1)); lifted through the request. */
  REQUESTED,
  /** While the accuracy the data subject contests is verified (Art. 18(1)(a)). */
  CONTESTED_ACCURACY,
  /**
   * While an objection on grounds of a particular situation is weighed (Art. 18(1)(d), 21(1));
   * lifted through the objection request once the controller has decided.
   */
  OBJECTION,
  /**
   * What an erasure had to keep (accounting vouchers, an open claim): stored only, for as long as
   * the hold lasts; never lifted on request.
   */
  ERASURE_HOLD;

  /** Whether the data subject's request can lift it (after the Art. 18(3) notice). */
  public boolean liftableOnRequest() {
    return this != ERASURE_HOLD;
  }
}
