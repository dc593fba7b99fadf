package fi.rekisteri.rights.audit;

import fi.rekisteri.platform.audit.AuditPruning;
import fi.rekisteri.rights.common.RetentionConfig;
import fi.rekisteri.rights.common.Today;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/**
 * The rights service's audit entries do not outlive their purpose either (R10): daily, at {@code
 * rekisteri.retention.cron}, the entries recorded more than {@code rekisteri.retention.audit-years}
 * before the run's day are pruned as the audit owner ({@link AuditPruning}), which leaves the
 * checkpoint verification starts from. The same period as the AUDIT rule of the register's GET
 * /api/v1/retention (the controller profile's {@code auditYears}; keep them equal). The run logs
 * its count, as the service's other retention runs do; the date is a parameter so tests inject it.
 */
@ApplicationScoped
public class AuditRetention {

  private static final Logger LOG = Logger.getLogger(AuditRetention.class);

  private final AuditPruning pruning;
  private final Today today;
  private final int auditYears;

  AuditRetention(AuditPruning pruning, Today today, RetentionConfig retention) {
    this.pruning = pruning;
    this.today = today;
    this.auditYears = retention.auditYears();
  }

  @Scheduled(
      cron = "{rekisteri.retention.cron}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void daily() {
    run(today.inHelsinki());
  }

  /** Prunes the entries recorded before {@code today} minus the period; how many went. */
  public long run(LocalDate today) {
    Instant before = today.minusYears(auditYears).atStartOfDay(Today.HELSINKI).toInstant();
    long deleted = pruning.prune(before);
    LOG.infof("audit retention %s: %d audit entries deleted", today, deleted);
    return deleted;
  }
}
