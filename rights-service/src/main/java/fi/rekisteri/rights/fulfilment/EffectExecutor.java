package fi.rekisteri.rights.fulfilment;

import fi.rekisteri.rights.notification.NotificationService;
import fi.rekisteri.rights.request.DataSubjectRequest;
import fi.rekisteri.rights.request.RequestMetrics;
import fi.rekisteri.rights.request.RequestView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Executes a request by the register effect of its type, then records what the register did in the
 * request, its notification tasks and, if due, its close.
 */
@ApplicationScoped
class EffectExecutor {

  private final RequestTransactions transactions;
  private final RegisterEffects effects;
  private final NotificationService notifications;
  private final ErasureConfirmer confirmer;
  private final RequestMetrics metrics;

  EffectExecutor(
      RequestTransactions transactions,
      RegisterEffects effects,
      NotificationService notifications,
      ErasureConfirmer confirmer,
      RequestMetrics metrics) {
    this.transactions = transactions;
    this.effects = effects;
    this.notifications = notifications;
    this.confirmer = confirmer;
    this.metrics = metrics;
  }

  /** Calls the register (outside a transaction), then records the effect in one. */
  RequestView execute(Plan plan, UUID subjectId, String actor) {
    RegisterEffect.Called called = effects.of(plan.type()).call(plan, subjectId);
    return record(plan, called, actor);
  }

  private RequestView record(Plan plan, RegisterEffect.Called called, String actor) {
    return transactions.tx(
        () -> {
          DataSubjectRequest request = transactions.find(plan.id());
          Instant now = Instant.now();
          transactions.flagRepeat(request, actor, now);
          request.execution().apply(called.effect().apply(request), actor, now);
          if (!called.recipients().isEmpty()) {
            notifications.create(request, called.recipients(), now);
          }
          boolean confirmed = confirmer.confirmIfSeen(request, actor);
          if (request.status().isTerminal() && !confirmed) {
            metrics.closed(request, false);
          }
          return transactions.flushed(request);
        });
  }
}
