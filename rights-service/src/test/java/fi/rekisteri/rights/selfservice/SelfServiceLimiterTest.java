package fi.rekisteri.rights.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SelfServiceLimiterTest {

  private final AtomicLong now = new AtomicLong(1_000_000);
  private final SelfServiceLimiter limiter = new SelfServiceLimiter(60, now::get);

  @Test
  void givenSixtyCallsInAMinute_whenTheSixtyFirstComes_thenRefusedUntilTheWindowEnds() {
    for (int i = 0; i < 60; i++) {
      assertThat(limiter.acquire("sub:maija")).as("call %d", i + 1).isEmpty();
      now.addAndGet(100);
    }

    assertThat(limiter.acquire("sub:maija")).contains(Duration.ofMillis(60_000 - 6_000));
  }

  @Test
  void givenOnePersonAtTheLimit_whenAnotherCalls_thenNotAffected() {
    for (int i = 0; i < 61; i++) {
      limiter.acquire("sub:maija");
    }

    assertThat(limiter.acquire("sub:maija")).isPresent();
    assertThat(limiter.acquire("sub:matti")).isEmpty();
  }

  @Test
  void givenRefused_whenTheMinuteHasPassed_thenAllowedAgain() {
    for (int i = 0; i < 61; i++) {
      limiter.acquire("sub:maija");
    }
    now.addAndGet(SelfServiceLimiter.WINDOW_MILLIS - 1);
    assertThat(limiter.acquire("sub:maija")).contains(Duration.ofMillis(1));

    now.addAndGet(1);

    assertThat(limiter.acquire("sub:maija")).isEmpty();
  }
}
