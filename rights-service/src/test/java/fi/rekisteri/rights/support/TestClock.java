package fi.rekisteri.rights.support;

import fi.rekisteri.stack.MovableClock;
import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * The service's {@link java.time.Clock} in the tests (in place of common/Clocks): the shared {@link
 * MovableClock} of deploy/test-support, the system clock in Europe/Helsinki until a test moves it
 * with {@link #moveTo}. The bean is declared here, in the service's test code, so that Quarkus
 * discovers it; {@link Reset}, registered by META-INF/services, puts the clock back after every
 * test.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends MovableClock {

  /** After every test: the clock is the system clock again. */
  public static class Reset implements QuarkusTestAfterEachCallback {
    @Override
    public void afterEach(QuarkusTestMethodContext context) {
      reset();
    }
  }
}
