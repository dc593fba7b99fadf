package fi.rekisteri.rights.request;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Retries register calls while the register is down, and completes confirmed erasures. */
@ApplicationScoped
public class RequestJobs {

  private static final Logger LOG = Logger.getLogger(RequestJobs.class);

  private final FulfilmentService fulfilment;

  public RequestJobs(FulfilmentService fulfilment) {
    this.fulfilment = fulfilment;
  }

  @Scheduled(
      identity = "register-retry",
      every = "${rekisteri.requests.retry-every:30s}",
      delayed = "${rekisteri.requests.jobs-delay:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void retryRegisterCalls() {
    try {
      fulfilment.retryDue();
    } catch (RuntimeException e) {
      // e.g. while the application shuts down; the next run tries again
      LOG.debugf("register retry run failed: %s", e.getClass().getSimpleName());
    }
  }

  @Scheduled(
      identity = "erasure-confirmation",
      every = "${rekisteri.requests.confirm-every:10s}",
      delayed = "${rekisteri.requests.jobs-delay:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void confirmErasures() {
    try {
      fulfilment.confirmErasures();
    } catch (RuntimeException e) {
      LOG.debugf("erasure confirmation run failed: %s", e.getClass().getSimpleName());
    }
  }
}
