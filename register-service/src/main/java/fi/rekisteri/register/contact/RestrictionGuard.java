package fi.rekisteri.register.contact;

import fi.rekisteri.platform.security.Roles;
import fi.rekisteri.register.common.DomainException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Restricted data is stored, not used (GDPR Art. 18(2), R17). No one changes a restricted contact
 * or adds to it through the register's API; only the rights service's commands do, on the DPO's
 * decision. The one exception keeps marketing away: a withdrawal of consent or a marketing
 * prohibition is always recorded (Art. 7(3), 21(3); see PreferenceService). Sales neither reads nor
 * finds it. Accounting still reads what bookkeeping keeps and settles open claims (Art. 18(2) legal
 * claims); the DPO and the administrator read it.
 */
@ApplicationScoped
public class RestrictionGuard {

  private final ContactRepository contacts;
  private final SecurityIdentity identity;

  public RestrictionGuard(ContactRepository contacts, SecurityIdentity identity) {
    this.contacts = contacts;
    this.identity = identity;
  }

  /** Whether the caller may read restricted contacts (and find them in lists). */
  public boolean mayReadRestricted() {
    return identity.hasRole(Roles.ACCOUNTING)
        || identity.hasRole(Roles.DPO)
        || identity.hasRole(Roles.ADMIN)
        || identity.hasRole(Roles.RIGHTS_PROCESSOR);
  }

  /**
   * Whether the caller sees why a contact is restricted (each request, objection or hold): those
   * who handle the data subject's requests, not sales or accounting.
   */
  public boolean mayReadCauses() {
    return identity.hasRole(Roles.DPO)
        || identity.hasRole(Roles.ADMIN)
        || identity.hasRole(Roles.RIGHTS_PROCESSOR);
  }

  /** Refuses any change to, or addition for, a restricted contact. */
  public void requireUsable(Contact contact) {
    if (contact.restricted()) {
      throw DomainException.restricted(
          "The contact's processing is restricted (GDPR Art. 18): its data is stored, not"
              + " changed or added to.");
    }
  }

  /** As {@link #requireUsable(Contact)}, by id; no contact (or none given) is not refused here. */
  public void requireUsable(UUID contactId) {
    if (contactId != null) {
      contacts.findByIdOptional(contactId).ifPresent(this::requireUsable);
    }
  }

  /** Refuses a read of a restricted contact's data to a caller whose role does not allow it. */
  public void requireReadable(Contact contact) {
    if (contact.restricted() && !mayReadRestricted()) {
      throw DomainException.restricted(
          "The contact's processing is restricted (GDPR Art. 18); your role does not read it.");
    }
  }

  /**
   * As {@link #requireReadable(Contact)}, by id; no contact (or none given) is not refused here.
   */
  public void requireReadable(UUID contactId) {
    if (contactId != null && !mayReadRestricted()) {
      contacts.findByIdOptional(contactId).ifPresent(this::requireReadable);
    }
  }
}
