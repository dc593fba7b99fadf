package fi.rekisteri.rights.fulfilment;

import io.quarkus.arc.Arc;

/**
 * Runs a scheduled request job once, in the test's thread, so that a test asserts on what one run
 * did instead of waiting for the scheduler.
 */
public final class Jobs {

  private Jobs() {}

  /** One run of {@link RegisterRetryJob}; returns how many requests it retried. */
  public static int retryRegisterCalls() {
    return Arc.container().instance(RegisterRetryJob.class).get().retryDue();
  }

  /** One run of the retry of objections to direct marketing still to take effect. */
  public static int suppressMarketing() {
    return Arc.container().instance(MarketingSuppression.class).get().retryDue();
  }
}
