package fi.rekisteri.rights.fulfilment;

import fi.rekisteri.platform.cluster.ClusterLock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** The backstop of ErasureConfirmation: completes confirmed erasures on a schedule. */
@ApplicationScoped
class ErasureConfirmationJob {

  private static final Logger LOG = Logger.getLogger(ErasureConfirmationJob.class);

  private final ErasureConfirmer confirmer;
  private final ClusterLock locks;

  ErasureConfirmationJob(ErasureConfirmer confirmer, ClusterLock locks) {
    this.confirmer = confirmer;
    this.locks = locks;
  }

  @Scheduled(
      identity = "erasure-confirmation",
      every = "${rekisteri.requests.confirm-every:10s}",
      delayed = "${rekisteri.requests.jobs-delay:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void confirmErasures() {
    try {
      // one instance at a time, across all instances
      locks.runAlone("erasure-confirmation", confirmer::confirmErasures);
    } catch (RuntimeException e) {
      LOG.debugf("erasure confirmation run failed: %s", e.getClass().getSimpleName());
    }
  }
}
