package fi.rekisteri.rights.fulfilment;

import fi.rekisteri.platform.cluster.ClusterLock;
import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.common.Today;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Lifts, in the register, each restriction whose Art. 18(3) notice named a day that has come: the
 * subject was told first, with the reasons and that day, and the restriction ends then, not before.
 * While the register is down the lift waits like any register call (RegisterRetryJob).
 */
@ApplicationScoped
public class RestrictionLiftJob {

  private static final Logger LOG = Logger.getLogger(RestrictionLiftJob.class);

  private final RequestTransactions transactions;
  private final FulfilmentService fulfilment;
  private final ClusterLock locks;
  private final Today today;

  RestrictionLiftJob(
      RequestTransactions transactions,
      FulfilmentService fulfilment,
      ClusterLock locks,
      Today today) {
    this.today = today;
    this.transactions = transactions;
    this.fulfilment = fulfilment;
    this.locks = locks;
  }

  @Scheduled(
      identity = "restriction-lift",
      every = "${rekisteri.restriction.lift-check-every:1h}",
      delayed = "${rekisteri.requests.jobs-delay:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void liftDueRestrictions() {
    try {
      locks.runAlone("restriction-lift", () -> run(today.inHelsinki()));
    } catch (RuntimeException e) {
      LOG.debugf("restriction lift run failed: %s", e.getClass().getSimpleName());
    }
  }

  /** Lifts what is due on {@code today}; returns how many requests were due. */
  public int run(LocalDate today) {
    List<UUID> due = transactions.tx(() -> transactions.repository().dueForLift(today, 50));
    for (UUID id : due) {
      try {
        fulfilment.liftDue(id, today);
      } catch (DomainException e) {
        LOG.infof("restriction lift of request %s ended with status %d", id, e.status());
      } catch (RuntimeException e) {
        LOG.warnf("restriction lift of request %s failed: %s", id, e.getClass().getSimpleName());
      }
    }
    return due.size();
  }
}
