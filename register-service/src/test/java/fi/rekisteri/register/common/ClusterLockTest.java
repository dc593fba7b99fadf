package fi.rekisteri.register.common;

import static org.assertj.core.api.Assertions.assertThat;

import fi.rekisteri.platform.cluster.ClusterLock;
import fi.rekisteri.register.support.RegisterStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The advisory locks that make one instance relay the outbox and run each job, on the real
 * PostgreSQL: two claims stand for two instances (each lock lives on its own connection).
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class ClusterLockTest {

  @Inject ClusterLock locks;

  @Test
  void givenTwoInstances_whenBothClaimTheRelay_thenOneHoldsItAndTheOtherTakesOverWhenItGoes() {
    AtomicLong now = new AtomicLong(0);
    ClusterLock.Leadership first = locks.leadership("test-relay", Duration.ofSeconds(1), now::get);
    ClusterLock.Leadership second = locks.leadership("test-relay", Duration.ofSeconds(1), now::get);
    try {
      assertThat(first.held()).isTrue();
      assertThat(second.held()).isFalse();
      now.addAndGet(5000); // the holder checks its connection again: still alive
      assertThat(first.held()).isTrue();
      assertThat(second.held()).isFalse();
      first.close(); // the holder goes: its session ends, the lock with it
      assertThat(second.held()).isTrue();
      assertThat(first.held()).isFalse();
    } finally {
      first.close();
      second.close();
    }
  }

  @Test
  void givenAJobRunningElsewhere_whenRunAloneIsAsked_thenItSkipsAndRunsOnceItIsFree() {
    AtomicInteger runs = new AtomicInteger();
    boolean outer =
        locks.runAlone(
            "test-job",
            () -> {
              runs.incrementAndGet();
              // meanwhile "another instance" (another connection) tries the same job
              assertThat(locks.runAlone("test-job", runs::incrementAndGet)).isFalse();
            });
    assertThat(outer).isTrue();
    assertThat(runs).hasValue(1);
    assertThat(locks.runAlone("test-job", runs::incrementAndGet)).isTrue();
    assertThat(runs).hasValue(2);
  }
}
