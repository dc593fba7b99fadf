package fi.rekisteri.rights.request;

import fi.rekisteri.rights.subject.SubjectEventApplied;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Closes an erasure request as soon as the register's ContactErased event has been applied; the
 * scheduled job in RequestJobs stays as the backstop.
 */
@ApplicationScoped
public class ErasureConfirmation {

  private final FulfilmentService fulfilment;

  public ErasureConfirmation(FulfilmentService fulfilment) {
    this.fulfilment = fulfilment;
  }

  void onApplied(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubjectEventApplied event) {
    if ("ContactErased".equals(event.eventType())) {
      fulfilment.confirmErasures();
    }
  }
}
