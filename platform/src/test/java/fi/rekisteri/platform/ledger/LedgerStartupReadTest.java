package fi.rekisteri.platform.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

class LedgerStartupReadTest {

  private static final Logger LOG = Logger.getLogger(LedgerStartupReadTest.class);

  @Test
  void givenAReadThatFailsOnceThenSucceeds_whenUntilReadable_thenItsResult() {
    AtomicInteger tries = new AtomicInteger();

    String read =
        LedgerStartupRead.untilReadable(
            "ledger",
            Duration.ofSeconds(30),
            LOG,
            () -> {
              if (tries.incrementAndGet() == 1) {
                throw new IllegalStateException("broker not up");
              }
              return "entries";
            });

    assertThat(read).isEqualTo("entries");
    assertThat(tries).hasValue(2);
  }

  @Test
  void givenAReadThatNeverSucceeds_whenUntilReadable_thenRefusesAfterTheTimeoutNamingTheTopic() {
    AtomicInteger tries = new AtomicInteger();

    assertThatThrownBy(
            () ->
                LedgerStartupRead.untilReadable(
                    "rekisteri.erasure-ledger",
                    Duration.ZERO,
                    LOG,
                    () -> {
                      tries.incrementAndGet();
                      throw new IllegalStateException("broker not up");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "erasure ledger rekisteri.erasure-ledger not readable within PT0S; refusing to serve"
                + " before erasures are checked")
        .hasRootCauseMessage("broker not up");
    assertThat(tries.get()).isBetween(1, 2);
  }

  @Test
  void givenAnotherFailure_whenUntilReadable_thenItIsNotRetried() {
    AtomicInteger tries = new AtomicInteger();

    assertThatThrownBy(
            () ->
                LedgerStartupRead.untilReadable(
                    "ledger",
                    Duration.ofSeconds(30),
                    LOG,
                    () -> {
                      tries.incrementAndGet();
                      throw new IllegalArgumentException("not a ledger");
                    }))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(tries).hasValue(1);
  }
}
