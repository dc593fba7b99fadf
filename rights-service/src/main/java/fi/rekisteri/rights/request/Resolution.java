package fi.rekisteri.rights.request;

import fi.rekisteri.rights.common.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * How a request ended or is ending: its outcome, what the register answered, the subject's copy,
 * and for an erasure the register's confirming event.
 */
@Embeddable
public record Resolution(
    @Column(name = "outcome") String outcome,
    @Column(name = "result") String result,
    @Column(name = "package") String packageJson,
    @Column(name = "executed_at") Instant executedAt,
    @Column(name = "awaiting_confirmation") boolean awaitingConfirmation,
    @Column(name = "confirmed_at") Instant confirmedAt) {

  static final Resolution NONE = new Resolution(null, null, null, null, false, null);

  public boolean executed() {
    return executedAt != null;
  }

  /** Executed now; the request completes at once or awaits the register's confirming event. */
  Resolution executed(Effect effect, Instant now) {
    boolean awaits = awaitingConfirmation || !(effect instanceof Effect.Completing);
    return new Resolution(
        effect.outcome(), effect.resultJson(), effect.packageJson(), now, awaits, confirmedAt);
  }

  Resolution closedAs(String closedAs) {
    return new Resolution(
        closedAs, result, packageJson, executedAt, awaitingConfirmation, confirmedAt);
  }

  Resolution confirmed(Instant now) {
    return new Resolution(outcome, result, packageJson, executedAt, false, now);
  }

  Resolution withoutCopy() {
    return new Resolution(outcome, result, null, executedAt, awaitingConfirmation, confirmedAt);
  }

  void requireNotExecuted() {
    if (executed()) {
      throw DomainException.conflict("The request has been executed already.");
    }
  }

  void requireNotAwaitingConfirmation() {
    if (awaitingConfirmation) {
      throw DomainException.conflict(
          "The register has executed the request; it completes when the register confirms it.");
    }
  }
}
