package fi.rekisteri.register.disclosure;

import fi.rekisteri.register.audit.AuditAction;
import fi.rekisteri.register.audit.AuditLog;
import fi.rekisteri.register.controller.ControllerProfile;
import fi.rekisteri.register.controller.ControllerProfileService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes disclosures into the ledger (R20): to the recipient a list is sent to, and to every party
 * the controller profile says receives a record type or list purpose ({@code Party.receives}).
 */
@ApplicationScoped
public class DisclosureService {

  private static final String RESOURCE = "disclosure";

  private final DisclosureLedger ledger;
  private final ControllerProfileService profiles;
  private final AuditLog audit;

  public DisclosureService(
      DisclosureLedger ledger, ControllerProfileService profiles, AuditLog audit) {
    this.ledger = ledger;
    this.profiles = profiles;
    this.audit = audit;
  }

  /**
   * The recipients and processors of the current controller profile that receive {@code what} (a
   * record type such as INVOICES or a list purpose such as EMAIL_MARKETING); none without a
   * profile.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Receiver> receiving(String what) {
    return profiles.current().map(view -> receiving(view.profile(), what)).orElseGet(List::of);
  }

  static List<Receiver> receiving(ControllerProfile profile, String what) {
    List<Receiver> receivers = new ArrayList<>();
    profile.recipients().stream()
        .filter(p -> p.receives(what))
        .forEach(p -> receivers.add(new Receiver(p.name(), RecipientKind.RECIPIENT)));
    profile.processors().stream()
        .filter(p -> p.receives(what))
        .forEach(p -> receivers.add(new Receiver(p.name(), RecipientKind.PROCESSOR)));
    return receivers;
  }

  /** In the caller's transaction: one ledger row per receiver for the subject's data. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void disclose(
      UUID subjectId,
      List<Receiver> receivers,
      boolean marketing,
      String dataCategories,
      String purpose) {
    for (Receiver receiver : receivers) {
      ledger.record(
          subjectId,
          receiver.name(),
          receiver.kind(),
          marketing,
          dataCategories,
          purpose,
          audit.actor());
    }
  }

  /**
   * In the caller's transaction: the record {@code recordId} of the type {@code what} of the
   * subject went out; the rows name the record, so that a row of an invoice is kept as long as its
   * vouchers are (retention).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void discloseRecord(
      UUID subjectId, String what, UUID recordId, String dataCategories, String purpose) {
    if (subjectId != null) {
      for (Receiver receiver : receiving(what)) {
        ledger.recordOf(
            subjectId, receiver, what, recordId, dataCategories, purpose, audit.actor());
      }
    }
  }

  /** Each distinct recipient and processor in the subject's ledger (an audited read). */
  @Transactional
  public SubjectRecipients recipients(UUID subjectId) {
    List<LedgerRecipient> recipients = ledger.recipientsOf(subjectId);
    audit.record(subjectId, AuditAction.READ, RESOURCE);
    return new SubjectRecipients(subjectId, recipients);
  }
}
