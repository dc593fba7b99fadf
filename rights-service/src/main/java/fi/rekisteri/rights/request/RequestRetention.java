package fi.rekisteri.rights.request;

import fi.rekisteri.rights.common.RetentionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.logging.Logger;

/**
 * Closed requests do not outlive their purpose either (R10): a request closed more than {@code
 * rekisteri.retention.request-years} before the run's day is deleted with its letters, timeline and
 * notification tasks (the REQUEST rule the register serves at /api/v1/retention; README,
 * "Retention"). An open request is never deleted. Run daily by {@code accesspackage/CopyRetention},
 * before the copies; the date is a parameter so tests inject it.
 */
@ApplicationScoped
public class RequestRetention {

  private static final Logger LOG = Logger.getLogger(RequestRetention.class);
  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  private static final String DUE =
      "select r.id from data_subject_request r"
          + " where r.closed_at is not null and r.closed_at < :before";

  /** What one run deleted, as row counts. */
  public record Deleted(int requests, int letters, int timelineSteps, int notificationTasks) {}

  private final EntityManager entityManager;
  private final int requestYears;

  RequestRetention(EntityManager entityManager, RetentionConfig retention) {
    this.entityManager = entityManager;
    this.requestYears = retention.requestYears();
  }

  /** The years a closed request is kept, as this job enforces it. */
  public int requestYears() {
    return requestYears;
  }

  /** Deletes the requests closed before {@code today} minus the period, with all they own. */
  @Transactional
  public Deleted run(LocalDate today) {
    Instant closedBefore = today.minusYears(requestYears).atStartOfDay(HELSINKI).toInstant();
    int tasks = delete("notification_task", closedBefore);
    int letters = delete("letter", closedBefore);
    int steps = delete("request_event", closedBefore);
    int requests =
        entityManager
            .createNativeQuery("delete from data_subject_request where id in (" + DUE + ")")
            .setParameter("before", closedBefore)
            .executeUpdate();
    Deleted deleted = new Deleted(requests, letters, steps, tasks);
    LOG.infof("request retention %s: %s", today, deleted);
    return deleted;
  }

  private int delete(String table, Instant closedBefore) {
    return entityManager
        .createNativeQuery("delete from " + table + " where request_id in (" + DUE + ")")
        .setParameter("before", closedBefore)
        .executeUpdate();
  }
}
