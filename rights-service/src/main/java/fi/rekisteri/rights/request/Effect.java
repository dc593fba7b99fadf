package fi.rekisteri.rights.request;

import fi.rekisteri.rights.letter.LetterText;

/**
 * What executing a request did in the register, ready to be recorded in one transaction: one record
 * per kind of effect, each with only what it says.
 */
public sealed interface Effect {

  /** The outcome the request records. */
  String outcome();

  /** What the timeline's EXECUTED step says. */
  TimelineNote detail();

  /** The register's answer, as JSON; null when the effect keeps none. */
  default String resultJson() {
    return null;
  }

  /** The copy the subject gets, as JSON; null when the effect makes none. */
  default String packageJson() {
    return null;
  }

  /** How many recipients and processors are to be told (GDPR Art. 19). */
  default int recipients() {
    return 0;
  }

  /** Whether processing is restricted in the register after the call. */
  default boolean restricts() {
    return false;
  }

  /** An effect that completes the request at once, with its letter to the subject. */
  sealed interface Completing extends Effect {

    LetterText letter();
  }

  /**
   * Art. 17: the register erased what it may; the request completes when the register's confirming
   * event arrives.
   */
  record Erased(
      String outcome, TimelineNote detail, String resultJson, int recipients, boolean restricts)
      implements Effect {}

  /** Art. 15: the copy made. */
  record AccessProvided(TimelineNote detail, String packageJson, LetterText letter)
      implements Completing {

    @Override
    public String outcome() {
      return "ACCESS_PROVIDED";
    }
  }

  /** Art. 16: the named fields changed in the register. */
  record Rectified(TimelineNote detail, String resultJson, LetterText letter, int recipients)
      implements Completing {

    @Override
    public String outcome() {
      return "RECTIFIED";
    }
  }

  /** Art. 18: processing restricted in the register. */
  record Restricted(String resultJson, LetterText letter, int recipients) implements Completing {

    @Override
    public String outcome() {
      return "RESTRICTED";
    }

    @Override
    public TimelineNote detail() {
      return TimelineNote.of(TimelineNote.Code.RESTRICTED_IN_REGISTER);
    }

    @Override
    public boolean restricts() {
      return true;
    }
  }

  /** Art. 20: the data the subject provided. */
  record PortabilityProvided(String packageJson, LetterText letter) implements Completing {

    @Override
    public String outcome() {
      return "DATA_PROVIDED";
    }

    @Override
    public TimelineNote detail() {
      return TimelineNote.of(TimelineNote.Code.PORTABILITY_COPY);
    }
  }

  /**
   * Art. 21: the objection recorded; {@code restricts} while the controller weighs a particular
   * situation.
   */
  record ObjectionRecorded(
      TimelineNote detail, String resultJson, LetterText letter, int recipients, boolean restricts)
      implements Completing {

    @Override
    public String outcome() {
      return "OBJECTION_RECORDED";
    }
  }
}
