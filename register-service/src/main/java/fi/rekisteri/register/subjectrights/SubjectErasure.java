package fi.rekisteri.register.subjectrights;

import fi.rekisteri.register.contact.Contact;
import fi.rekisteri.register.contact.ContactRightsCommands;
import fi.rekisteri.register.invoice.Invoice;
import fi.rekisteri.register.mention.MentionPatterns;
import fi.rekisteri.register.mention.MentionService;
import fi.rekisteri.register.subjectrights.ErasureCodes.ErasedCategory;
import fi.rekisteri.register.subjectrights.ErasureCodes.ErasureAction;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.Erased;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.ErasureOutcome;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.ErasureProof;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.ErasureResult;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.Kept;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Erases or anonymises one subject's data, keeping what the law or a claim requires (R16). */
@ApplicationScoped
public class SubjectErasure {

  private final ContactRightsCommands contacts;
  private final AggregateErasure aggregates;
  private final ErasureHolds holds;
  private final IdentifierTraces traces;
  private final Clock clock;

  public SubjectErasure(
      ContactRightsCommands contacts,
      AggregateErasure aggregates,
      ErasureHolds holds,
      IdentifierTraces traces,
      Clock clock) {
    this.contacts = contacts;
    this.aggregates = aggregates;
    this.holds = holds;
    this.traces = traces;
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public ErasureResult erase(Contact contact, String requestId) {
    if (contact.erased()) {
      return new ErasureResult(
          requestId,
          contact.id(),
          ErasureOutcome.ERASED,
          List.of(),
          List.of(),
          false,
          null,
          ErasureProof.none());
    }
    LocalDate today = LocalDate.now(clock);
    // her email, phone and name before they go: the mentions of her in other records' free text
    MentionPatterns.Identifiers person = MentionService.identifiers(contact);
    String email = contact.email();
    List<Invoice> subjectInvoices = aggregates.invoices(contact.id());
    // the facts before anything is erased: the subject's own orders still count for the
    // organisation
    List<Kept> kept = holds.current(contact, subjectInvoices, today);
    // what is kept, why and until when, so that RetentionJob finishes the erasure
    holds.store(contact.id(), kept);
    boolean invoicesBind = ErasurePolicy.invoicesBind(kept);
    List<Erased> erased = new ArrayList<>();

    aggregates.deleteInteractions(contact.id());
    erased.add(new Erased(ErasedCategory.INTERACTIONS, ErasureAction.ERASED));
    aggregates.deletePreferenceHistory(contact.id());
    erased.add(new Erased(ErasedCategory.PREFERENCE_HISTORY, ErasureAction.ERASED));

    Set<UUID> invoicedOrders =
        subjectInvoices.stream()
            .map(Invoice::orderId)
            .filter(id -> id != null)
            .collect(Collectors.toSet());
    aggregates.anonymiseOrders(contact, invoicesBind, invoicedOrders);
    erased.add(new Erased(ErasedCategory.ORDER_DETAILS, ErasureAction.ANONYMISED));

    boolean restricted = false;
    if (invoicesBind) {
      contacts.reduceToAccountingMinimum(
          contact, "Kept only for accounting law or an open claim; not used for anything else");
      restricted = true;
      erased.add(new Erased(ErasedCategory.CONTACT_DETAILS_EXCEPT_BILLING, ErasureAction.ERASED));
    } else if (ErasurePolicy.roleBinds(kept)) {
      contacts.reduceToRoleData(contact);
      erased.add(new Erased(ErasedCategory.CONTACT_DETAILS_OUTSIDE_ROLE, ErasureAction.ERASED));
    } else {
      contacts.anonymise(contact);
      erased.add(new Erased(ErasedCategory.CONTACT_RECORD, ErasureAction.ANONYMISED));
    }
    traces.eraseMentions(contact.id(), person, requestId);
    ErasureOutcome outcome =
        kept.isEmpty() ? ErasureOutcome.ERASED : ErasureOutcome.PARTIALLY_ERASED;
    // the keyed hash the suppression list keeps of her email (none when the email itself is kept,
    // for an acting contact person: then nothing was added)
    return new ErasureResult(
        requestId, contact.id(), outcome, erased, kept, restricted, traces.keyedHash(email), null);
  }
}
