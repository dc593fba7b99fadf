package fi.rekisteri.rights.common;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * The service's one clock, wherever a calendar "today" is read ({@link Today}, the letters' date,
 * the retention and restriction-lift jobs, the validation of a request's receivedOn): the system
 * clock in Europe/Helsinki. The tests replace it with a clock they can move.
 */
@Singleton
public class Clocks {

  @Produces
  @Singleton
  Clock clock() {
    return Clock.system(Today.HELSINKI);
  }

  /** Bean Validation's "now" (PastOrPresent and its kin) is this clock's too. */
  @Produces
  @Singleton
  ClockProvider validationClock(Clock clock) {
    return () -> clock;
  }
}
