package fi.rekisteri.register.subjectrights;

import fi.rekisteri.register.contact.Contact;
import fi.rekisteri.register.invoice.Invoice;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.Kept;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What an erasure keeps of one subject, why and until when: decided by {@link ErasurePolicy} on the
 * register's facts, stored so that the retention job finishes the erasure.
 */
@ApplicationScoped
public class ErasureHolds {

  private final ErasureFacts facts;
  private final ErasureHoldRepository holds;

  public ErasureHolds(ErasureFacts facts, ErasureHoldRepository holds) {
    this.facts = facts;
    this.holds = holds;
  }

  /** The holds the policy puts on the subject's data on {@code today}. */
  List<Kept> current(Contact contact, List<Invoice> subjectInvoices, LocalDate today) {
    return ErasurePolicy.holds(facts.of(contact, subjectInvoices, today), today);
  }

  List<ErasureHold> stored(UUID subjectId) {
    return holds.forSubject(subjectId);
  }

  /** Makes the stored holds of the subject exactly {@code kept}. */
  void store(UUID subjectId, List<Kept> kept) {
    holds.store(subjectId, kept);
  }
}
