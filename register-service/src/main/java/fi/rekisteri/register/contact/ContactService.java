package fi.rekisteri.register.contact;

import fi.rekisteri.register.audit.AuditAction;
import fi.rekisteri.register.audit.AuditLog;
import fi.rekisteri.register.common.Cursor;
import fi.rekisteri.register.common.DomainException;
import fi.rekisteri.register.common.Page;
import fi.rekisteri.register.contact.ContactEvent.ContactCreated;
import fi.rekisteri.register.contact.ContactEvent.ContactDeleted;
import fi.rekisteri.register.contact.ContactEvent.ContactUpdated;
import fi.rekisteri.register.outbox.Outbox;
import fi.rekisteri.register.validation.PhoneNumbers;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The contact register's own operations (create, read, update, delete, search), for the register's
 * users; the rights service's commands on a contact are {@link ContactRightsCommands}.
 */
@ApplicationScoped
public class ContactService {

  private static final String RESOURCE = "contact";

  private final ContactRepository repository;
  private final ContactReferences references;
  private final Suppressions suppressions;
  private final RestrictionGuard restrictions;
  private final Outbox outbox;
  private final AuditLog audit;
  private final AgroalDataSource dataSource;

  public ContactService(
      ContactRepository repository,
      ContactReferences references,
      Suppressions suppressions,
      RestrictionGuard restrictions,
      Outbox outbox,
      AuditLog audit,
      AgroalDataSource dataSource) {
    this.repository = repository;
    this.references = references;
    this.suppressions = suppressions;
    this.restrictions = restrictions;
    this.outbox = outbox;
    this.audit = audit;
    this.dataSource = dataSource;
  }

  @Transactional
  public ContactView create(ContactRequest request) {
    references.requireOrganisation(request.organisationId());
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

  /**
   * One contact, read as a projection (issue 20): no transaction and no managed entity, one query
   * for the contact (and its causes when restricted) and one for its suppression on one pooled
   * connection, which is back in the pool before the read's audit entry is waited for. The entry is
   * committed before this returns; a refused read (none, erased, restricted for the caller's role)
   * is refused before any entry, as by {@link #find(UUID)} and {@link RestrictionGuard}.
   */
  public ContactView read(UUID id) {
    Contact contact;
    String suppression;
    try (Connection connection = dataSource.getConnection()) {
      contact = present(ContactRows.find(connection, id));
      restrictions.requireReadable(contact);
      suppression = suppressions.reasonFor(connection, contact.email()).orElse(null);
    } catch (SQLException e) {
      throw new IllegalStateException("the contact could not be read", e);
    }
    audit.record(id, AuditAction.READ, RESOURCE);
    return contact.view(suppression, restrictions.mayReadCauses());
  }

  @Transactional
  public ContactView update(UUID id, long expectedVersion, ContactRequest request) {
    Contact contact = find(id);
    restrictions.requireUsable(contact);
    if (contact.version() != expectedVersion) {
      throw DomainException.staleVersion();
    }
    references.requireOrganisation(request.organisationId());
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
    long records = references.dependantCount(id);
    if (records > 0) {
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

  Contact find(UUID id) {
    return present(repository.findByIdOptional(id));
  }

  /** The contact, unless there is none or it is erased: either is not found. */
  private static Contact present(Optional<Contact> contact) {
    return contact.filter(c -> !c.erased()).orElseThrow(() -> DomainException.notFound("contact"));
  }

  static String normalisedPhone(String phone) {
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
