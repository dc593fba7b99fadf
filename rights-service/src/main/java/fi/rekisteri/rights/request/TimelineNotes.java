package fi.rekisteri.rights.request;

/** The fixed reasons the timeline gives for a step, in English like the rest of the timeline. */
final class TimelineNotes {

  static final String REPEAT_ACCESS =
      "A further access request by the same subject within 12 months (GDPR Art. 12(5));"
          + " flagged for the DPO, never billed automatically.";

  static final String REPEAT_REQUEST =
      "A further request of the same type by the same subject within 12 months (GDPR Art. 12(5));"
          + " flagged for the DPO, who may refuse it as excessive with reasons.";

  static final String SELECTED_AUTOMATICALLY = "the only match, selected automatically";

  static final String NAME_ONLY_MATCH =
      "the only match shares the name only; the DPO confirms it is the requester";

  static final String RETRIED = "retried automatically";

  static final String REGISTER_DOWN = "The register could not be reached; retried automatically.";

  static final String ART_21_3 =
      "GDPR Art. 21(3): an objection to direct marketing takes effect on receipt";

  static final String ART_19 = "GDPR Art. 19: every recipient and processor is told";

  static final String AWAITS_EVENT =
      "completed when the register's ContactErased event has been received";

  static final String EVENT_RECEIVED = "ContactErased event received from the register";

  static final String ART_18_3 =
      "the subject is told before the restriction is lifted (GDPR Art. 18(3))";

  static final String CHOSEN_AMONG = "chosen by the DPO among the matches";

  static final String CHOSEN_WITHOUT = "chosen by the DPO without a search match";

  static final String ONE_TIME_CODE =
      "the requester entered the one-time code sent to the email the register holds"
          + " (GDPR Art. 12(6))";

  private TimelineNotes() {}
}
