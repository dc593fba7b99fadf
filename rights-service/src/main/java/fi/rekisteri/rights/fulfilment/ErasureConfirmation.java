package fi.rekisteri.rights.fulfilment;

import fi.rekisteri.rights.subject.SubjectEventApplied;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Closes an erasure request as soon as the register's ContactErased event has been applied; the
 * scheduled ErasureConfirmationJob stays as the backstop.
 */
@ApplicationScoped
public class ErasureConfirmation {

  private final ErasureConfirmer confirmer;

  public ErasureConfirmation(ErasureConfirmer confirmer) {
    this.confirmer = confirmer;
  }

  void onApplied(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubjectEventApplied event) {
    if ("ContactErased".equals(event.eventType())) {
      confirmer.confirmErasures();
    }
  }
}
