package fi.rekisteri.register.preference;

import fi.rekisteri.register.audit.AuditAction;
import fi.rekisteri.register.audit.AuditLog;
import fi.rekisteri.register.common.DomainException;
import fi.rekisteri.register.contact.Contact;
import fi.rekisteri.register.contact.ContactRepository;
import fi.rekisteri.register.contact.RestrictionGuard;
import fi.rekisteri.register.outbox.Outbox;
import fi.rekisteri.register.preference.PreferenceEvent.PreferencesChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PreferenceService {

  private static final String RESOURCE = "preferences";

  private final PreferenceRepository repository;
  private final ContactRepository contacts;
  private final RestrictionGuard restrictions;
  private final Outbox outbox;
  private final AuditLog audit;

  public PreferenceService(
      PreferenceRepository repository,
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

  @Transactional
  public PreferencesView read(UUID contactId) {
    Contact contact = contact(contactId);
    restrictions.requireReadable(contact);
    audit.record(contactId, AuditAction.READ, RESOURCE);
    return view(contact);
  }

  /**
   * Records one change. A withdrawal of consent or a prohibition is recorded on a restricted
   * contact too, also on one an erasure had to keep (Art. 7(3), 21(3), R17): a restriction never
   * keeps anyone on a marketing list. Any other change to a restricted contact is refused. The new
   * state is answered unless the contact is restricted and the caller's role does not read it.
   */
  @Transactional
  public Optional<PreferencesView> record(UUID contactId, PreferenceRequest request) {
    Contact contact = contact(contactId);
    if (!request.kind().limitsMarketing(request.granted())) {
      restrictions.requireUsable(contact);
    }
    repository.persist(
        new PreferenceChange(
            contactId,
            request.kind(),
            request.channel(),
            request.granted(),
            request.source(),
            audit.actor()));
    outbox.publish(contactId, contactId, new PreferencesChanged(List.of(request.kind())));
    audit.record(contactId, AuditAction.UPDATE, RESOURCE);
    repository.flush();
    if (contact.restricted() && !restrictions.mayReadRestricted()) {
      return Optional.empty();
    }
    return Optional.of(view(contact));
  }

  /** The state list exports use; restricted, objected and erased people never qualify. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public MarketingPreferences current(UUID contactId) {
    return MarketingPreferences.of(repository.history(contactId));
  }

  private PreferencesView view(Contact contact) {
    List<PreferenceChange> history = repository.history(contact.id());
    return new PreferencesView(
        contact.id(),
        MarketingPreferences.of(history),
        contact.objectedDirectMarketing(),
        history.stream().map(PreferenceChange::view).toList());
  }

  private Contact contact(UUID id) {
    return contacts
        .findByIdOptional(id)
        .filter(c -> !c.erased())
        .orElseThrow(() -> DomainException.notFound("contact"));
  }
}
