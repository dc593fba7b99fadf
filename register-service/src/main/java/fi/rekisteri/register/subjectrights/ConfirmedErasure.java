package fi.rekisteri.register.subjectrights;

import fi.rekisteri.register.audit.AuditAction;
import fi.rekisteri.register.contact.Contact;
import fi.rekisteri.register.contact.ContactEvent.ContactErased;
import fi.rekisteri.register.contact.ContactIdentifiers;
import fi.rekisteri.register.outbox.EventEnvelope;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.ErasureResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.List;
import java.util.UUID;

/**
 * One erasure command's work (R16): the erasure, its proof, ContactErased with the audit entry, and
 * the {@link ErasureRecorded} the erasure ledger keeps. Called inside {@link
 * SubjectRightsService}'s transaction, once per request id.
 */
@ApplicationScoped
public class ConfirmedErasure {

  private final SubjectErasure erasure;
  private final ErasureProofCheck proofs;
  private final SubjectConfirmation confirmation;
  private final Event<ErasureRecorded> erasures;

  public ConfirmedErasure(
      SubjectErasure erasure,
      ErasureProofCheck proofs,
      SubjectConfirmation confirmation,
      Event<ErasureRecorded> erasures) {
    this.erasure = erasure;
    this.proofs = proofs;
    this.confirmation = confirmation;
    this.erasures = erasures;
  }

  ErasureResult erase(UUID subjectId, Contact contact, String requestId, boolean reapplied) {
    // the person's identifiers before they are gone: the proof searches for them after
    ContactIdentifiers before = contact.identifiers();
    ErasureResult erasedNow = erasure.erase(contact, requestId);
    ErasureResult result =
        erasedNow.proof() != null
            ? erasedNow
            : erasedNow.withProof(proofs.check(subjectId, requestId, before, erasedNow.kept()));
    List<String> erased = result.erased().stream().map(e -> String.valueOf(e.category())).toList();
    List<String> kept = result.kept().stream().map(k -> String.valueOf(k.category())).toList();
    EventEnvelope envelope =
        confirmation.confirm(
            subjectId, new ContactErased(requestId, erased, kept), AuditAction.ERASE);
    erasures.fire(
        new ErasureRecorded(
            subjectId,
            requestId,
            envelope.occurredAt(),
            result.outcome().name(),
            erased,
            kept,
            reapplied));
    return result;
  }
}
