package fi.rekisteri.rights.request;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Retries register calls while the register is down, and completes confirmed erasures. */
@ApplicationScoped
public class RequestJobs {

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
    fulfilment.retryDue();
  }

  @Scheduled(
      identity = "erasure-confirmation",
      every = "${rekisteri.requests.confirm-every:10s}",
      delayed = "${rekisteri.requests.jobs-delay:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void confirmErasures() {
    fulfilment.confirmErasures();
  }
}
