package fi.rekisteri.rights.fulfilment;

import fi.rekisteri.platform.cluster.ClusterLock;
import fi.rekisteri.rights.common.DomainException;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Retries the register calls of requests that wait for the register while it is down. */
@ApplicationScoped
class RegisterRetryJob {

  private static final Logger LOG = Logger.getLogger(RegisterRetryJob.class);

  private final RequestTransactions transactions;
  private final FulfilmentService fulfilment;
  private final ClusterLock locks;

  RegisterRetryJob(
      RequestTransactions transactions, FulfilmentService fulfilment, ClusterLock locks) {
    this.transactions = transactions;
    this.fulfilment = fulfilment;
    this.locks = locks;
  }

  @Scheduled(
      identity = "register-retry",
      every = "${rekisteri.requests.retry-every:30s}",
      delayed = "${rekisteri.requests.jobs-delay:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void retryRegisterCalls() {
    try {
      // one instance at a time, across all instances
      locks.runAlone("register-retry", this::retryDue);
    } catch (RuntimeException e) {
      // e.g. while the application shuts down; the next run tries again
      LOG.debugf("register retry run failed: %s", e.getClass().getSimpleName());
    }
  }

  /** The retry of every request whose register call is due again. */
  int retryDue() {
    List<UUID> due =
        transactions.tx(() -> transactions.repository().dueForRetry(Instant.now(), 20));
    for (UUID id : due) {
      try {
        fulfilment.retry(id);
      } catch (DomainException e) {
        LOG.infof("retry of request %s ended with status %d", id, e.status());
      } catch (RuntimeException e) {
        LOG.warnf("retry of request %s failed: %s", id, e.getClass().getSimpleName());
      }
    }
    return due.size();
  }
}
