package fi.rekisteri.rights.support;

import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The service's {@link Clock} in the tests (in place of common/Clocks): the system clock in
 * Europe/Helsinki until a test moves it with {@link #moveTo}; {@link Reset}, registered by
 * META-INF/services, puts it back after every test. The offset is static so that the reset needs no
 * bean lookup.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  private static volatile Duration offset = Duration.ZERO;

  private final ZoneId zone;

  public TestClock() {
    this(HELSINKI);
  }

  private TestClock(ZoneId zone) {
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
    return new TestClock(other);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }

  /** After every test: the clock is the system clock again. */
  public static class Reset implements QuarkusTestAfterEachCallback {
    @Override
    public void afterEach(QuarkusTestMethodContext context) {
      reset();
    }
  }
}
