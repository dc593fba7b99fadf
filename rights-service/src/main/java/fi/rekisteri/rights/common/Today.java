package fi.rekisteri.rights.common;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today's date in Finland, where the calendar dates of deadlines are (the README: API conventions),
 * read from the service's {@link Clock} ({@link Clocks}) so that a test can move it.
 */
@Singleton
public class Today {

  public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  private final Clock clock;

  public Today(Clock clock) {
    this.clock = clock;
  }

  public LocalDate inHelsinki() {
    return LocalDate.now(clock.withZone(HELSINKI));
  }
}
