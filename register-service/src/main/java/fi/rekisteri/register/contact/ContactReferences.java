package fi.rekisteri.register.contact;

import fi.rekisteri.register.common.DomainException;
import fi.rekisteri.register.organisation.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.UUID;

/**
 * A contact's references both ways: the organisation it names must exist, and the records of other
 * aggregates that name it ({@link ContactDependants}) keep it from deletion. Called inside {@link
 * ContactService}'s transactions.
 */
@ApplicationScoped
public class ContactReferences {

  private final OrganisationRepository organisations;
  private final Instance<ContactDependants> dependants;

  public ContactReferences(
      OrganisationRepository organisations, @Any Instance<ContactDependants> dependants) {
    this.organisations = organisations;
    this.dependants = dependants;
  }

  /** Refuses an organisation id that names no organisation; null is fine. */
  void requireOrganisation(UUID organisationId) {
    if (organisationId != null && organisations.findByIdOptional(organisationId).isEmpty()) {
      throw DomainException.invalidField("organisationId", "no such organisation");
    }
  }

  /** How many records of other aggregates refer to the contact. */
  long dependantCount(UUID contactId) {
    return dependants.stream().mapToLong(d -> d.countForContact(contactId)).sum();
  }
}
