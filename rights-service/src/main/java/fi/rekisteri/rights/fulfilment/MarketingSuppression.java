package fi.rekisteri.rights.fulfilment;

import fi.rekisteri.platform.cluster.ClusterLock;
import fi.rekisteri.rights.register.RegisterApi;
import fi.rekisteri.rights.register.RegisterGateway;
import fi.rekisteri.rights.register.RegisterRejectedException;
import fi.rekisteri.rights.register.RegisterUnavailableException;
import fi.rekisteri.rights.request.DataSubjectRequest;
import fi.rekisteri.rights.request.MarketingObjections;
import fi.rekisteri.rights.request.TimelineNote;
import fi.rekisteri.rights.request.TimelineNote.Code;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * R19: an objection to direct marketing takes effect on receipt. Right at intake, before any
 * identity step, the register is asked for the contacts with the requester's email; when exactly
 * one holds it, the register's objection command takes that contact off every marketing list. The
 * request then follows its normal course: its execution records the objection again, under its own
 * request id, for the subject the DPO matched. While the register is down the step is recorded once
 * in the timeline and the scheduled run below asks again.
 */
@ApplicationScoped
class MarketingSuppression implements MarketingObjections {

  private static final Logger LOG = Logger.getLogger(MarketingSuppression.class);

  private final RequestTransactions transactions;
  private final RegisterGateway register;
  private final ClusterLock locks;

  MarketingSuppression(
      RequestTransactions transactions, RegisterGateway register, ClusterLock locks) {
    this.transactions = transactions;
    this.register = register;
    this.locks = locks;
  }

  @Override
  public void received(UUID requestId) {
    suppress(requestId);
  }

  @Scheduled(
      identity = "marketing-suppression-retry",
      every = "${rekisteri.requests.retry-every:30s}",
      delayed = "${rekisteri.requests.jobs-delay:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void retryPending() {
    try {
      // one instance at a time, across all instances
      locks.runAlone("marketing-suppression-retry", this::retryDue);
    } catch (RuntimeException e) {
      // e.g. while the application shuts down; the next run tries again
      LOG.debugf("marketing suppression run failed: %s", e.getClass().getSimpleName());
    }
  }

  /** One try for every objection still to take effect; returns how many were tried. */
  int retryDue() {
    List<UUID> due =
        transactions.tx(() -> transactions.repository().dueForMarketingSuppression(20));
    due.forEach(this::suppress);
    return due.size();
  }

  /** The register's idempotency key of the step: one per request, apart from its execution. */
  static UUID suppressionId(UUID requestId) {
    return UUID.nameUUIDFromBytes(
        ("suppress-marketing:" + requestId).getBytes(StandardCharsets.UTF_8));
  }

  private void suppress(UUID id) {
    String email =
        transactions.tx(
            () -> {
              DataSubjectRequest request = transactions.find(id);
              return request.marketing().suppressionDue() ? request.email() : null;
            });
    if (email == null) {
      record(
          id,
          r ->
              r.marketing()
                  .unmatched(TimelineNote.of(Code.MARKETING_NO_EMAIL), actor(), Instant.now()));
      return;
    }
    try {
      List<UUID> contacts =
          register.search(new RegisterApi.SearchQuery(email, null, null, null, null)).stream()
              .filter(m -> m.subjectId() != null)
              .filter(m -> m.matchedOn() != null && m.matchedOn().contains("email"))
              .map(RegisterApi.Match::subjectId)
              .distinct()
              .toList();
      if (contacts.size() != 1) {
        TimelineNote detail = TimelineNote.of(Code.MARKETING_CONTACTS, "count", contacts.size());
        record(id, r -> r.marketing().unmatched(detail, actor(), Instant.now()));
        return;
      }
      register.objection(contacts.get(0), suppressionId(id), "DIRECT_MARKETING", null);
      record(id, r -> r.marketing().suppressed(actor(), Instant.now()));
      LOG.infof("request %s: requester taken off the marketing lists", id);
    } catch (RegisterUnavailableException e) {
      record(id, r -> r.marketing().suppressionWaits(actor(), Instant.now()));
    } catch (RegisterRejectedException e) {
      TimelineNote detail = TimelineNote.of(Code.MARKETING_REFUSED, "status", e.status());
      record(id, r -> r.marketing().unmatched(detail, actor(), Instant.now()));
    }
  }

  /** Records the outcome, unless another run recorded one meanwhile. */
  private void record(UUID id, Consumer<DataSubjectRequest> outcome) {
    transactions.tx(
        () -> {
          DataSubjectRequest request = transactions.find(id);
          if (request.marketing().suppressionDue()) {
            outcome.accept(request);
          }
          return null;
        });
  }

  private static String actor() {
    return DataSubjectRequest.SYSTEM;
  }
}
