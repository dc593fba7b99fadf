package fi.rekisteri.rights.selfservice;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At most {@code rekisteri.self-service.requests-per-minute} self-service calls per person in a
 * fixed one-minute window that starts at the person's first call; in memory, per instance.
 */
@Singleton
public class SelfServiceLimiter {

  static final long WINDOW_MILLIS = 60_000;
  private static final int PRUNE_ABOVE = 10_000;

  private record Window(long start, int calls) {}

  private final int perMinute;
  private final LongSupplier clock;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  @Inject
  public SelfServiceLimiter(
      @ConfigProperty(name = "rekisteri.self-service.requests-per-minute", defaultValue = "60")
          int perMinute) {
    this(perMinute, System::currentTimeMillis);
  }

  SelfServiceLimiter(int perMinute, LongSupplier clock) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("rekisteri.self-service.requests-per-minute must be >= 1");
    }
    this.perMinute = perMinute;
    this.clock = clock;
  }

  public int perMinute() {
    return perMinute;
  }

  /**
   * Counts one call of the person; empty if it may go ahead, otherwise how long until the person's
   * window ends.
   */
  public Optional<Duration> acquire(String person) {
    long now = clock.getAsLong();
    if (windows.size() > PRUNE_ABOVE) {
      windows.values().removeIf(w -> now - w.start() >= WINDOW_MILLIS);
    }
    Window window =
        windows.compute(
            person,
            (key, old) ->
                old == null || now - old.start() >= WINDOW_MILLIS
                    ? new Window(now, 1)
                    : new Window(old.start(), Math.min(old.calls() + 1, perMinute + 1)));
    if (window.calls() <= perMinute) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofMillis(window.start() + WINDOW_MILLIS - now));
  }

  /** Forgets the person's window (tests that fill it give it back). */
  void forget(String person) {
    windows.remove(person);
  }
}
