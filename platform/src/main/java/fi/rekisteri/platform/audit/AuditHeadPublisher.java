package fi.rekisteri.platform.audit;

import fi.rekisteri.platform.cluster.ClusterLock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Publishes the audit chain's head outside PostgreSQL: at startup and every {@code
 * rekisteri.audit.heads.every} (30 s; at least every minute), on one instance at a time ({@link
 * ClusterLock}), a signed {@link AuditHead} to {@link AuditHeadTopic}. A head is published only
 * when the chain still contains the head published before it and every entry after that links (the
 * first publication walks the whole chain): a chain rewritten in the database is never signed, so
 * the last honest head stays the latest and verification reports the rewrite. A refusal is logged
 * and counted ({@code audit_head_publications_refused}); it repeats until the chain is restored,
 * and is never a stopped service.
 */
@ApplicationScoped
public class AuditHeadPublisher {

  private static final Logger LOG = Logger.getLogger(AuditHeadPublisher.class);

  private final AuditHeadTopic topic;
  private final AuditVerifications verifications;
  private final ClusterLock lock;
  private final Counter refusals;

  public AuditHeadPublisher(
      AuditHeadTopic topic,
      AuditVerifications verifications,
      ClusterLock lock,
      MeterRegistry meters) {
    this.topic = topic;
    this.verifications = verifications;
    this.lock = lock;
    this.refusals =
        Counter.builder("audit_head_publications_refused")
            .description("audit chain heads not published: the chain no longer extends the last")
            .register(meters);
  }

  void onStart(@Observes @Priority(20) StartupEvent event) {
    try {
      topic.ensure();
      scheduled();
    } catch (RuntimeException e) {
      LOG.warnf("audit head not published at startup (%s); the next run tries again", reason(e));
    }
  }

  @Scheduled(
      every = "{rekisteri.audit.heads.every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    try {
      lock.runAlone("audit-head-publication", this::publish);
    } catch (RuntimeException e) {
      LOG.warnf("audit head not published (%s)", reason(e));
    }
  }

  /**
   * Publishes the database's head if the chain extends the latest published head; the head
   * published, or empty when it refused (logged and counted).
   */
  public Optional<AuditHead> publish() {
    String chain = verifications.chain();
    AuditHeadTopic.Latest latest = topic.latest(chain);
    AuditHead previous = latest.head();
    Optional<AuditHead> next =
        verifications.inSnapshot(
            links -> {
              AuditLinks.Head head = links.head();
              String refusal = refusal(links, head, previous);
              if (refusal != null) {
                LOG.errorf(
                    "audit chain %s: head %d not published, %s; GET /api/v1/audit/verify says"
                        + " where",
                    chain, head.lastId(), refusal);
                return Optional.empty();
              }
              return Optional.of(
                  new AuditHead(
                      chain, head.lastId(), head.lastHash(), head.anchorId(), Instant.now(), null));
            });
    if (next.isEmpty()) {
      refusals.increment();
      return next;
    }
    topic.publish(next.get());
    return next;
  }

  /** Why the database's head must not be published after {@code previous}; null when it may. */
  static String refusal(AuditLinks links, AuditLinks.Head head, AuditHead previous) {
    long fromId;
    String fromHash;
    if (previous == null) {
      fromId = head.anchorId();
      fromHash = head.anchorHash();
    } else if (previous.position() > head.lastId()) {
      return "the database's head is behind the published head " + previous.position();
    } else if (previous.position() == head.anchorId()) {
      if (!previous.hash().equals(head.anchorHash())) {
        return "the retention checkpoint is not the published head " + previous.position();
      }
      fromId = head.anchorId();
      fromHash = head.anchorHash();
    } else if (previous.position() < head.anchorId()) {
      return "the retention checkpoint moved past the published head " + previous.position();
    } else {
      fromId = previous.position();
      fromHash = links.hashAt(fromId);
      if (!previous.hash().equals(fromHash)) {
        return "the published head " + previous.position() + " is not in the database";
      }
    }
    AuditVerifier.Walk walk = AuditVerifier.walk(links, fromId, fromHash, head.lastId(), null);
    if (walk.brokenId() != null) {
      return "entry " + walk.brokenId() + " breaks the chain";
    }
    if (!walk.lastHash().equals(head.lastHash())) {
      return "the head names a hash that its last entry does not have";
    }
    return null;
  }

  private static String reason(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
