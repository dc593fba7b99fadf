package fi.rekisteri.rights.fulfilment;

import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.common.JsonText;
import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.register.RegisterRejectedException;
import fi.rekisteri.rights.request.DataSubjectRequest;
import fi.rekisteri.rights.request.Execution;
import fi.rekisteri.rights.request.RequestView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * What a failed register call leaves: a request waiting for the register while it is down (retried
 * with a growing delay), or the register's refusal as the API's answer.
 */
@ApplicationScoped
class RegisterFailures {

  private static final Logger LOG = Logger.getLogger(RegisterFailures.class);

  private final RequestTransactions transactions;
  private final Duration backoff;
  private final Duration maxBackoff;

  RegisterFailures(RequestTransactions transactions, RegisterRetryConfig retry) {
    this.transactions = transactions;
    this.backoff = retry.retryBackoff();
    this.maxBackoff = retry.retryMaxBackoff();
  }

  Execution waiting(Plan plan, String actor) {
    RequestView view =
        transactions.tx(
            () -> {
              DataSubjectRequest request = transactions.find(plan.id());
              Instant now = Instant.now();
              int retries =
                  request.registerWait().action() == plan.action()
                      ? request.registerWait().retryCount() + 1
                      : 0;
              request
                  .register()
                  .waiting(
                      plan.action(),
                      plan.changes() == null ? null : JsonText.write(plan.changes()),
                      now.plus(delay(retries)),
                      actor,
                      now);
              return transactions.flushed(request);
            });
    LOG.infof("request %s waits for the register (%s)", plan.id(), plan.action());
    return new Execution(view, true);
  }

  Duration delay(int retries) {
    Duration delay = backoff.multipliedBy(1L << Math.min(retries, 10));
    return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
  }

  /** Records the refusal in the request and answers what the API says of it. */
  DomainException refused(Plan plan, RegisterRejectedException e, String actor) {
    transactions.tx(
        () -> {
          DataSubjectRequest request = transactions.find(plan.id());
          request.register().refused(e.operation(), e.status(), actor, Instant.now());
          return null;
        });
    return switch (e.status()) {
      case 404 ->
          DomainException.conflict(
              "The register has no such subject (it may have been erased); choose another subject"
                  + " or complete the request.");
      case 400, 422 -> invalid(plan, e);
      case 409 -> DomainException.conflict("The register refused the change as conflicting.");
      default ->
          new DomainException(
              502,
              "Bad gateway",
              "The register refused the call (status " + e.status() + ").",
              null);
    };
  }

  private static DomainException invalid(Plan plan, RegisterRejectedException e) {
    List<String> fields =
        e.fields().stream()
            .map(
                f ->
                    plan.type() == RequestType.RECTIFICATION && !f.startsWith("changes")
                        ? "changes." + f
                        : f)
            .toList();
    return fields.isEmpty()
        ? new DomainException(
            400, "Invalid request", "The register refused a value of the request.", null)
        : new DomainException(
            400,
            "Invalid request",
            "The register refused the value of " + String.join(", ", fields) + ".",
            fields.get(0));
  }
}
