package fi.rekisteri.register.subjectrights;

import fi.rekisteri.register.audit.AuditAction;
import fi.rekisteri.register.contact.Contact;
import fi.rekisteri.register.contact.ContactEvent.ContactErased;
import fi.rekisteri.register.contact.ContactRightsCommands;
import fi.rekisteri.register.subjectrights.ErasureCodes.ErasedCategory;
import fi.rekisteri.register.subjectrights.ErasureCodes.KeptCategory;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.Kept;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Finishes a partial erasure (R16): when a hold ends, the part it kept is erased. A settled claim
 * ends the open-claim hold (the voucher hold may still apply); the end of the voucher period frees
 * the invoices and payments from the person; the end of the contact-person role erases the role
 * data; with no hold left the contact record is anonymised. Each step publishes ContactErased with
 * the codes erased now and the codes still kept.
 */
@ApplicationScoped
public class ErasureCompletion {

  private static final Set<KeptCategory> INVOICE_HOLDS =
      EnumSet.of(KeptCategory.OPEN_INVOICES, KeptCategory.ACCOUNTING_VOUCHERS);

  private final ContactRightsCommands contacts;
  private final AggregateErasure aggregates;
  private final ErasureHolds holds;
  private final SubjectConfirmation confirmation;

  public ErasureCompletion(
      ContactRightsCommands contacts,
      AggregateErasure aggregates,
      ErasureHolds holds,
      SubjectConfirmation confirmation) {
    this.contacts = contacts;
    this.aggregates = aggregates;
    this.holds = holds;
    this.confirmation = confirmation;
  }

  /** What one step erased and kept; empty when no hold of the subject ended. */
  public record Step(List<ErasedCategory> erased, List<KeptCategory> kept) {}

  @Transactional
  public Optional<Step> complete(UUID subjectId, LocalDate today) {
    Contact contact = contacts.findForRights(subjectId);
    List<ErasureHold> stored = holds.stored(subjectId);
    List<Kept> current = holds.current(contact, aggregates.invoices(subjectId), today);
    Set<KeptCategory> before =
        stored.isEmpty()
            // erased before holds were recorded: what the policy still keeps today
            ? current.stream().map(Kept::category).collect(Collectors.toSet())
            : stored.stream().map(ErasureHold::category).collect(Collectors.toSet());
    // a hold never comes back once ended, and the job never adds one the erasure did not keep
    List<Kept> remaining = current.stream().filter(k -> before.contains(k.category())).toList();
    Set<KeptCategory> after =
        remaining.stream().map(Kept::category).collect(Collectors.toCollection(() -> none()));
    if (after.equals(before) && !after.isEmpty()) {
      holds.store(subjectId, remaining);
      return Optional.empty();
    }

    List<ErasedCategory> erased = new ArrayList<>();
    boolean invoicesHeld = after.stream().anyMatch(INVOICE_HOLDS::contains);
    if (!invoicesHeld && before.stream().anyMatch(INVOICE_HOLDS::contains)) {
      aggregates.detachInvoicesAndOrders(subjectId);
      erased.add(ErasedCategory.INVOICE_BUYER_DETAILS);
    }
    if (after.isEmpty()) {
      contacts.anonymise(contact);
      erased.add(ErasedCategory.CONTACT_RECORD);
    } else if (before.contains(KeptCategory.CONTACT_PERSON_ROLE)
        && !after.contains(KeptCategory.CONTACT_PERSON_ROLE)) {
      contacts.reduceToAccountingMinimum(
          contact, "Kept only for accounting law or an open claim; not used for anything else");
      erased.add(ErasedCategory.CONTACT_PERSON_ROLE);
    }
    holds.store(subjectId, remaining);
    List<KeptCategory> kept = remaining.stream().map(Kept::category).toList();
    confirmation.confirm(
        subjectId,
        new ContactErased(
            "retention:" + today,
            erased.stream().map(Enum::name).toList(),
            kept.stream().map(Enum::name).toList()),
        AuditAction.ERASE);
    return Optional.of(new Step(erased, kept));
  }

  private static Set<KeptCategory> none() {
    return EnumSet.noneOf(KeptCategory.class);
  }
}
