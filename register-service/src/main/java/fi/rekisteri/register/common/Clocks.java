package fi.rekisteri.register.common;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The service's one clock, wherever a calendar "today" is read (an erasure's holds, the retention
 * job's day, the retention rules' "due within 30 days"): the system clock in Europe/Helsinki, so
 * that {@code LocalDate.now(clock)} is the date in Finland. The tests replace it with a clock they
 * can move.
 */
@Singleton
public class Clocks {

  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  @Produces
  @Singleton
  Clock clock() {
    return Clock.system(HELSINKI);
  }

  /**
   * Bean Validation's "now" ({@code PastOrPresent} on a payment's day, a source's collection time)
   * is this clock's too: with the JVM's own zone (UTC on a server), a payment recorded in Finland
   * after midnight for that day was refused as a future date until 02:00 or 03:00.
   */
  @Produces
  @Singleton
  ClockProvider validationClock(Clock clock) {
    return () -> clock;
  }
}
