package fi.rekisteri.rights.fulfilment;

import io.quarkus.arc.Arc;

/** Turns the intake's one-time code on or off in the running test application. */
public final class IntakeCodes {

  private IntakeCodes() {}

  public static void enable(boolean on) {
    Arc.container().instance(IntakeCodeSender.class).get().enabled(on);
  }
}
