package fi.rekisteri.stack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A service's {@link Clock} in its tests: the system clock in Europe/Helsinki until a test moves it
 * with {@link #moveTo} and back with {@link #reset}. The offset is static so that the reset after
 * each test needs no bean lookup.
 *
 * <p>Not a bean itself (this module has no bean index): each service's test code declares its
 * {@code TestClock}, a CDI alternative extending this class, and its {@code TestClock.Reset}, a
 * Quarkus test callback registered in META-INF/services that calls {@link #reset}; so this module
 * needs no Quarkus.
 */
public class MovableClock extends Clock {

  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  private static volatile Duration offset = Duration.ZERO;

  private final ZoneId zone;

  protected MovableClock() {
    this(HELSINKI);
  }

  private MovableClock(ZoneId zone) {
    this.zone = zone;
  }

  /** From now on the service's today is {@code day}, at the time of day it is now. */
  public static void moveTo(LocalDate day) {
    ZonedDateTime now = ZonedDateTime.now(HELSINKI);
    offset = Duration.between(now, now.with(day));
  }

  /** Back to the system clock. */
  public static void reset() {
    offset = Duration.ZERO;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new MovableClock(other);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }
}
