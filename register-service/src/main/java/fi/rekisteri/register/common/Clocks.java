package fi.rekisteri.register.common;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
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
}
