package fi.rekisteri.platform.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The erasure ledger's read at startup, before a service serves: tried again each second while the
 * ledger is not readable (Kafka still starting), until {@code timeout} has passed; then the service
 * refuses to start rather than serve an erased person.
 */
public final class LedgerStartupRead {

  private static final Duration PAUSE = Duration.ofSeconds(1);

  private LedgerStartupRead() {}

  /**
   * What {@code read} returns once it does not throw {@link IllegalStateException}; each failure is
   * logged on {@code log} as a warning.
   *
   * @throws IllegalStateException naming {@code topic} and {@code timeout}, when the ledger is
   *     still not readable after {@code timeout}; or the last failure, when the thread is
   *     interrupted
   */
  public static <T> T untilReadable(String topic, Duration timeout, Logger log, Supplier<T> read) {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      try {
        return read.get();
      } catch (IllegalStateException e) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException(
              "erasure ledger "
                  + topic
                  + " not readable within "
                  + timeout
                  + "; refusing to serve before erasures are checked",
              e);
        }
        log.warnf("erasure ledger not readable yet (%s); retrying", e.getMessage());
        try {
          Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }
}
