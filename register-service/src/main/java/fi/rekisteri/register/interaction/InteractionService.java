package fi.rekisteri.register.interaction;

import fi.rekisteri.register.audit.AuditAction;
import fi.rekisteri.register.audit.AuditLog;
import fi.rekisteri.register.common.Cursor;
import fi.rekisteri.register.common.DomainException;
import fi.rekisteri.register.common.Page;
import fi.rekisteri.register.contact.Contact;
import fi.rekisteri.register.contact.ContactEvent.InteractionRecorded;
import fi.rekisteri.register.contact.ContactRepository;
import fi.rekisteri.register.contact.RestrictionGuard;
import fi.rekisteri.register.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

@ApplicationScoped
public class InteractionService {

  private static final String RESOURCE = "interaction";
  private static final int HANDLER_MAX = 100;

  private final InteractionRepository repository;
  private final ContactRepository contacts;
  private final RestrictionGuard restrictions;
  private final Outbox outbox;
  private final AuditLog audit;

  public InteractionService(
      InteractionRepository repository,
      ContactRepository contacts,
      RestrictionGuard restrictions,
      Outbox outbox,
      AuditLog audit) {
    this.repository = repository;
    this.contacts = contacts;
    this.restrictions = restrictions;
    this.outbox = outbox;
    this.audit = audit;
  }

  /** Records an encounter; {@code handler} is the user name of whoever handled it. */
  @Transactional
  public InteractionView record(UUID contactId, InteractionRequest request, String handler) {
    restrictions.requireUsable(requireContact(contactId));
    if (handler == null || handler.isBlank()) {
      throw DomainException.conflict("The caller has no user name to record as the handler.");
    }
    String name = handler.length() > HANDLER_MAX ? handler.substring(0, HANDLER_MAX) : handler;
    Interaction interaction = new Interaction(contactId, request, name);
    repository.persist(interaction);
    outbox.publish(contactId, contactId, new InteractionRecorded());
    audit.record(contactId, AuditAction.CREATE, RESOURCE);
    repository.flush();
    return interaction.view();
  }

  @Transactional
  public Page<InteractionView> list(UUID contactId, String cursor, Integer limit) {
    restrictions.requireReadable(requireContact(contactId));
    int size = Cursor.limit(limit);
    Page<InteractionView> page =
        Page.of(
            repository.page(contactId, Cursor.decode(cursor), size),
            size,
            Interaction::id,
            Interaction::view);
    audit.record(contactId, AuditAction.READ, RESOURCE);
    return page;
  }

  @Transactional
  public InteractionView read(UUID contactId, UUID id) {
    restrictions.requireReadable(requireContact(contactId));
    InteractionView view =
        repository
            .findByIdOptional(id)
            .filter(i -> contactId.equals(i.contactId()))
            .map(Interaction::view)
            .orElseThrow(() -> DomainException.notFound("interaction"));
    audit.record(contactId, AuditAction.READ, RESOURCE);
    return view;
  }

  private Contact requireContact(UUID contactId) {
    return contacts
        .findByIdOptional(contactId)
        .filter(c -> !c.erased())
        .orElseThrow(() -> DomainException.notFound("contact"));
  }
}
