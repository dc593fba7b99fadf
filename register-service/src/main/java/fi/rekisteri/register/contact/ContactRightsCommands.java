package fi.rekisteri.register.contact;

import fi.rekisteri.register.common.DomainException;
import fi.rekisteri.register.organisation.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the rights service's commands do to a contact (rectification, restriction, objection,
 * erasure), each inside the command's transaction; erased contacts are found too.
 */
@ApplicationScoped
public class ContactRightsCommands {

  private final ContactRepository repository;
  private final OrganisationRepository organisations;
  private final Suppressions suppressions;
  private final Validator validator;

  public ContactRightsCommands(
      ContactRepository repository,
      OrganisationRepository organisations,
      Suppressions suppressions,
      Validator validator) {
    this.repository = repository;
    this.organisations = organisations;
    this.suppressions = suppressions;
    this.validator = validator;
  }

  /**
   * Applies a rectification through the same validation as any write; the error names the field as
   * {@code changes.<field>}.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<String> rectify(UUID id, RectifyChanges changes) {
    Contact contact = notErased(id);
    changes.check();
    ContactRequest merged = changes.applyTo(ContactViews.request(contact));
    if (changes.has(RectifyChanges.ORGANISATION)
        && merged.organisationId() != null
        && organisations.findByIdOptional(merged.organisationId()).isEmpty()) {
      throw DomainException.invalidField("changes.organisationId", "no such organisation");
    }
    Set<ConstraintViolation<ContactRequest>> violations = validator.validate(merged);
    if (!violations.isEmpty()) {
      ConstraintViolation<ContactRequest> first =
          violations.stream()
              .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
              .findFirst()
              .orElseThrow();
      throw DomainException.invalidField("changes." + first.getPropertyPath(), first.getMessage());
    }
    List<String> changed =
        new java.util.ArrayList<>(
            contact.apply(merged, ContactService.normalisedPhone(merged.phone())));
    changes
        .statement()
        .filter(
            statement -> contact.attachStatement(statement.isNull() ? null : statement.asText()))
        .ifPresent(statement -> changed.add(RectifyChanges.STATEMENT));
    return changed;
  }

  /** For the rights service's commands: the contact, erased ones included. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Contact findForRights(UUID id) {
    return repository.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("subject"));
  }

  /**
   * For the rights service's commands: the contact, erased ones included, if this database has it.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public java.util.Optional<Contact> findOptionalForRights(UUID id) {
    return repository.findByIdOptional(id);
  }

  /** One more cause restricts the contact: the request's (or, ERASURE_HOLD, the hold's). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void restrict(Contact contact, String requestId, String reason, RestrictionCause cause) {
    contact.restrict(requestId, reason, cause);
  }

  /**
   * Lifts the cause the request holds, and only that one: the contact stays restricted while
   * another request, objection or hold restricts it. A request that holds none lifts nothing; while
   * an erasure hold keeps the contact restricted that is refused (409), since no request ends a
   * hold. Returns whether the contact is still restricted.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean liftRestriction(Contact contact, String requestId) {
    Optional<RestrictionRecord> cause = contact.causeOf(requestId);
    if (cause.isPresent() && cause.get().kind().liftableOnRequest()) {
      contact.lift(cause.get());
    } else if (heldByErasure(contact)) {
      throw restrictionHeld();
    }
    return contact.restricted();
  }

  /**
   * Records the day the Art. 18(3) notice told the person the request's cause ends; a request that
   * holds no cause a request can lift has nothing to record.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void scheduleLift(Contact contact, String requestId, LocalDate endsOn) {
    contact
        .causeOf(requestId)
        .filter(c -> c.kind().liftableOnRequest())
        .ifPresent(c -> contact.scheduleLift(c, endsOn));
  }

  private static boolean heldByErasure(Contact contact) {
    return contact.restrictionCauses().stream()
        .anyMatch(c -> c.kind() == RestrictionCause.ERASURE_HOLD);
  }

  private static DomainException restrictionHeld() {
    return DomainException.restrictionHeld(
        "The restriction keeps what an erasure had to keep (accounting or an open claim); it"
            + " lasts as long as that hold and is not lifted on request.");
  }

  /** Art. 21(2)-(3): off every marketing list, and kept off if the person is entered again. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordDirectMarketingObjection(Contact contact) {
    contact.objectToDirectMarketing(null);
    suppressions.add(contact.email(), Suppressions.OBJECTION);
  }

  /** Art. 21(1): the situation is recorded; marketing preferences are not touched by it. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordSituationObjection(Contact contact, String situation) {
    contact.objectOnParticularSituation(situation);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void anonymise(Contact contact) {
    suppressions.add(contact.email(), Suppressions.ERASED);
    contact.anonymise();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void reduceToAccountingMinimum(Contact contact, String reason) {
    suppressions.add(contact.email(), Suppressions.ERASED);
    contact.reduceToAccountingMinimum(reason);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void reduceToRoleData(Contact contact) {
    contact.reduceToRoleData();
  }

  /** As the register's own operations find it: not erased, else 404 naming the contact. */
  private Contact notErased(UUID id) {
    return repository
        .findByIdOptional(id)
        .filter(c -> !c.erased())
        .orElseThrow(() -> DomainException.notFound("contact"));
  }
}
