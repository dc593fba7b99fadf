package fi.rekisteri.register.subjectrights;

import fi.rekisteri.platform.cluster.ClusterLock;
import fi.rekisteri.register.controller.RetentionPolicy;
import fi.rekisteri.register.retention.RetentionRecords.RecordType;
import fi.rekisteri.register.retention.RetentionRecords.RunView;
import fi.rekisteri.register.retention.RetentionRepository;
import fi.rekisteri.register.retention.RetentionService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * R10 and R16, daily: finishes partial erasures whose holds ended, erases customers and prospects
 * past their retention (with the same holds as a request), lapses unrenewed consents, and deletes
 * old suppression entries, audit entries and disclosure-ledger rows, by the controller profile's
 * retention policy. Each run leaves a dated report of counts (retention_run). The nightly run's
 * date is the service's clock's (common/Clocks); {@link #run} takes it as a parameter so tests
 * inject it.
 */
@ApplicationScoped
public class RetentionJob {

  private static final Logger LOG = Logger.getLogger(RetentionJob.class);

  private final RetentionService retention;
  private final ErasureCompletion completion;
  private final SubjectRightsService rights;
  private final ClusterLock locks;
  private final Clock clock;
  private final int pageSize;

  public RetentionJob(
      RetentionService retention,
      ErasureCompletion completion,
      SubjectRightsService rights,
      ClusterLock locks,
      Clock clock,
      RetentionJobConfig config) {
    this.retention = retention;
    this.completion = completion;
    this.rights = rights;
    this.locks = locks;
    this.clock = clock;
    this.pageSize = config.pageSize();
  }

  /**
   * Once a day across all instances: the one that gets the job's lock runs, unless another one has
   * already recorded today's run.
   */
  @Scheduled(
      cron = "{rekisteri.retention.cron}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void nightly() {
    LocalDate today = LocalDate.now(clock);
    locks.runAlone(
        "retention",
        () -> {
          boolean done =
              retention.runs(1).items().stream().anyMatch(run -> today.equals(run.runDate()));
          if (!done) {
            run(today);
          }
        });
  }

  /** One run as of {@code today}; returns its report. */
  @ActivateRequestContext
  public RunView run(LocalDate today) {
    Instant started = Instant.now();
    RetentionPolicy policy = retention.policy();
    Map<RecordType, Long> counts = new EnumMap<>(RecordType.class);

    counts.put(
        RecordType.ERASURE_HOLD,
        each(
            (after, limit) -> retention.holdsEnding(today, after, limit),
            pageSize,
            id -> completion.complete(id, today).isPresent()));
    counts.put(
        RecordType.CUSTOMER,
        each(
            (after, limit) -> retention.customersDue(policy, today, after, limit),
            pageSize,
            id -> erase(id, today)));
    counts.put(
        RecordType.PROSPECT,
        each(
            (after, limit) -> retention.prospectsDue(policy, today, after, limit),
            pageSize,
            id -> erase(id, today)));
    counts.put(RecordType.CONSENT, retention.lapseConsents(policy, today, pageSize));
    counts.put(RecordType.SUPPRESSION, retention.deleteSuppressions(policy, today));
    counts.put(RecordType.AUDIT, retention.deleteAuditEntries(policy, today));
    counts.put(RecordType.DISCLOSURE, retention.deleteDisclosures(policy, today));

    RunView report = retention.recordRun(today, started, counts);
    LOG.infof("retention run %s: %s", today, counts);
    return report;
  }

  private boolean erase(UUID id, LocalDate today) {
    rights.erase(id, "retention:" + today + ":" + id);
    return true;
  }

  /**
   * Applies the step to each id, a page of ids at a time in id order (each page read in a short
   * transaction of its own, each step in its own): the register's ids are never all in memory and
   * no transaction stays open for the whole pass. One failure does not stop the rest.
   */
  static long each(BiFunction<UUID, Integer, List<UUID>> page, int limit, Predicate<UUID> step) {
    long done = 0;
    UUID after = RetentionRepository.FIRST;
    while (true) {
      List<UUID> ids = page.apply(after, limit);
      for (UUID id : ids) {
        try {
          if (step.test(id)) {
            done++;
          }
        } catch (RuntimeException e) {
          LOG.warnf("retention: subject %s not processed: %s", id, e.getClass().getSimpleName());
        }
      }
      if (ids.size() < limit) {
        return done;
      }
      after = ids.get(ids.size() - 1);
    }
  }
}
