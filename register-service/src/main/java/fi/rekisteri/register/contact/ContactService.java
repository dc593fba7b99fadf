package fi.rekisteri.register.contact;

import fi.rekisteri.register.audit.AuditAction;
import fi.rekisteri.register.audit.AuditLog;
import fi.rekisteri.register.common.Cursor;
import fi.rekisteri.register.common.DomainException;
import fi.rekisteri.register.common.Page;
import fi.rekisteri.register.contact.ContactEvent.ContactCreated;
import fi.rekisteri.register.contact.ContactEvent.ContactDeleted;
import fi.rekisteri.register.contact.ContactEvent.ContactUpdated;
import fi.rekisteri.register.organisation.OrganisationRepository;
import fi.rekisteri.register.outbox.Outbox;
import fi.rekisteri.register.validation.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ContactService {

  private static final String RESOURCE = "contact";

  private final ContactRepository repository;
  private final OrganisationRepository organisations;
  private final Suppressions suppressions;
  private final RestrictionGuard restrictions;
  private final Outbox outbox;
  private final AuditLog audit;
  private final Validator validator;

  public ContactService(
      ContactRepository repository,
      OrganisationRepository organisations,
      Suppressions suppressions,
      RestrictionGuard restrictions,
      Outbox outbox,
      AuditLog audit,
      Validator validator) {
    this.repository = repository;
    this.organisations = organisations;
    this.suppressions = suppressions;
    this.restrictions = restrictions;
    this.outbox = outbox;
    this.audit = audit;
    this.validator = validator;
  }

  @Transactional
  public ContactView create(ContactRequest request) {
    requireOrganisation(request.organisationId());
    Contact contact = new Contact(UUID.randomUUID(), request, normalisedPhone(request.phone()));
    String suppression = suppressions.reasonFor(request.email()).orElse(null);
    if (Suppressions.OBJECTION.equals(suppression)) {
      // an objection to direct marketing is absolute and survives re-entry (R19)
      contact.objectToDirectMarketing(null);
    }
    repository.persist(contact);
    outbox.publish(contact.id(), contact.id(), new ContactCreated(suppression));
    audit.record(contact.id(), AuditAction.CREATE, RESOURCE);
    repository.flush();
    return contact.view(suppression);
  }

  @Transactional
  public ContactView read(UUID id) {
    Contact contact = find(id);
    restrictions.requireReadable(contact);
    audit.record(id, AuditAction.READ, RESOURCE);
    return contact.view(
        suppressions.reasonFor(contact.email()).orElse(null), restrictions.mayReadCauses());
  }

  @Transactional
  public ContactView update(UUID id, long expectedVersion, ContactRequest request) {
    Contact contact = find(id);
    restrictions.requireUsable(contact);
    if (contact.version() != expectedVersion) {
      throw DomainException.staleVersion();
    }
    requireOrganisation(request.organisationId());
    List<String> changed = contact.apply(request, normalisedPhone(request.phone()));
    if (!changed.isEmpty()) {
      outbox.publish(id, id, new ContactUpdated(changed));
    }
    audit.record(id, AuditAction.UPDATE, RESOURCE);
    repository.flush();
    return contact.view(suppressions.reasonFor(contact.email()).orElse(null));
  }

  @Transactional
  public void delete(UUID id) {
    Contact contact = find(id);
    restrictions.requireUsable(contact);
    long dependants =
        repository
            .getEntityManager()
            .createQuery(
                "select (select count(o) from Order o where o.contactId = :id)"
                    + " + (select count(i) from Invoice i where i.contactId = :id)"
                    + " + (select count(x) from Interaction x where x.contactId = :id)"
                    + " + (select count(p) from PreferenceChange p where p.contactId = :id)",
                Long.class)
            .setParameter("id", id)
            .getSingleResult();
    if (dependants > 0) {
      throw DomainException.conflict(
          "The contact has orders, invoices, interactions or preferences; erase it through a"
              + " data-subject request instead.");
    }
    repository.delete(contact);
    outbox.publish(id, id, new ContactDeleted());
    audit.record(id, AuditAction.DELETE, RESOURCE);
  }

  @Transactional
  public Page<ContactView> search(ContactSearch search, String cursor, Integer limit) {
    int size = Cursor.limit(limit);
    ContactSearch normalised =
        new ContactSearch(
            blankToNull(search.email()),
            search.phone() == null || search.phone().isBlank()
                ? null
                : PhoneNumbers.toE164(search.phone())
                    .orElseThrow(() -> DomainException.invalidField("phone", "not a phone number")),
            blankToNull(search.name()),
            search.organisationId(),
            blankToNull(search.businessId()));
    Page<ContactView> page =
        Page.of(
            repository.search(
                normalised, restrictions.mayReadRestricted(), Cursor.decode(cursor), size),
            size,
            Contact::id,
            c -> c.view(null, restrictions.mayReadCauses()));
    // one batch for the page: each person found gets their entry
    audit.recordAll(
        audit.caller(),
        page.items().stream().map(ContactView::id).toList(),
        AuditAction.SEARCH,
        RESOURCE);
    return page;
  }

  /**
   * Applies a rectification through the same validation as any write; the error names the field as
   * {@code changes.<field>}.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<String> rectify(UUID id, RectifyChanges changes) {
    Contact contact = find(id);
    changes.check();
    ContactRequest merged = changes.applyTo(contact.toRequest());
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
        new java.util.ArrayList<>(contact.apply(merged, normalisedPhone(merged.phone())));
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

  Contact find(UUID id) {
    return repository
        .findByIdOptional(id)
        .filter(c -> !c.erased())
        .orElseThrow(() -> DomainException.notFound("contact"));
  }

  private void requireOrganisation(UUID organisationId) {
    if (organisationId != null && organisations.findByIdOptional(organisationId).isEmpty()) {
      throw DomainException.invalidField("organisationId", "no such organisation");
    }
  }

  private static String normalisedPhone(String phone) {
    if (phone == null || phone.isBlank()) {
      return null;
    }
    return PhoneNumbers.toE164(phone)
        .orElseThrow(() -> DomainException.invalidField("phone", "not a valid phone number"));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
