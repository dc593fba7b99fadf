package fi.rekisteri.rights.accesspackage;

import fi.rekisteri.platform.cluster.ClusterLock;
import fi.rekisteri.rights.common.RetentionConfig;
import fi.rekisteri.rights.common.Today;
import fi.rekisteri.rights.request.DataSubjectRequest;
import fi.rekisteri.rights.request.RequestRetention;
import fi.rekisteri.rights.request.TimelineNote.Code;
import fi.rekisteri.rights.subject.SubjectEventApplied;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Stored access and portability copies do not outlive their purpose (R10, R16): the register's
 * ContactErased deletes the person's copies at once, and a delivered copy of a closed request is
 * deleted {@code rekisteri.retention.access-copy-days} after closing (the ACCESS_COPY rule the
 * register serves at /api/v1/retention; README, "Retention"). The request and its letters stay; the
 * timeline records the deletion. The daily run also deletes requests past their own period ({@link
 * RequestRetention}).
 */
@ApplicationScoped
public class CopyRetention {

  private static final Logger LOG = Logger.getLogger(CopyRetention.class);
  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  static final String CONTACT_ERASED = "ContactErased";

  private final EntityManager entityManager;
  private final RequestRetention requests;
  private final int accessCopyDays;

  private final ClusterLock locks;
  private final Today today;

  CopyRetention(
      EntityManager entityManager,
      RequestRetention requests,
      ClusterLock locks,
      Today today,
      RetentionConfig retention) {
    this.locks = locks;
    this.today = today;
    this.entityManager = entityManager;
    this.requests = requests;
    this.accessCopyDays = retention.accessCopyDays();
  }

  /** The days a delivered copy is kept after its request closed, as this job enforces it. */
  public int accessCopyDays() {
    return accessCopyDays;
  }

  /** In the consumer's transaction: the copies go with the event that reported the erasure. */
  void onApplied(@Observes SubjectEventApplied event) {
    if (!CONTACT_ERASED.equals(event.eventType())) {
      return;
    }
    deleteCopiesOf(event.subjectId());
  }

  /**
   * Deletes every stored copy of the subject's requests, in the caller's transaction: on the
   * register's ContactErased and when an erasure from the erasure ledger is applied again after a
   * restore. Returns how many were deleted.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int deleteCopiesOf(java.util.UUID subjectId) {
    int deleted = 0;
    for (DataSubjectRequest request :
        entityManager
            .createQuery(
                "select r from DataSubjectRequest r"
                    + " where r.subjectMatch.subjectId = :subject and r.resolution.packageJson is not null",
                DataSubjectRequest.class)
            .setParameter("subject", subjectId)
            .getResultList()) {
      if (request
          .execution()
          .deleteCopy(DataSubjectRequest.SYSTEM, Code.COPY_ERASED, Instant.now())) {
        deleted++;
      }
    }
    if (deleted > 0) {
      LOG.infof("subject %s erased: %d stored copies deleted", subjectId, deleted);
    }
    return deleted;
  }

  @Scheduled(
      cron = "{rekisteri.retention.cron}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void daily() {
    LocalDate day = today.inHelsinki();
    // one instance at a time (both steps are idempotent: a second run the same day finds nothing)
    locks.runAlone(
        "copy-retention",
        () -> {
          // first the requests past their own period, so that no copy is deleted from a doomed
          // request
          requests.run(day);
          run(day);
        });
  }

  /** Deletes the copies of requests closed more than the period before {@code today}. */
  @Transactional
  public int run(LocalDate today) {
    Instant closedBefore = today.minusDays(accessCopyDays).atStartOfDay(HELSINKI).toInstant();
    List<DataSubjectRequest> due =
        entityManager
            .createQuery(
                "select r from DataSubjectRequest r where r.resolution.packageJson is not null"
                    + " and r.closedAt is not null and r.closedAt < :before",
                DataSubjectRequest.class)
            .setParameter("before", closedBefore)
            .getResultList();
    int deleted = 0;
    for (DataSubjectRequest request : due) {
      if (request
          .execution()
          .deleteCopy(DataSubjectRequest.SYSTEM, Code.COPY_RETENTION_ENDED, Instant.now())) {
        deleted++;
      }
    }
    LOG.infof("copy retention %s: %d delivered copies deleted", today, deleted);
    return deleted;
  }
}
