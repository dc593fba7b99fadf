package fi.rekisteri.register.subjectrights;

import fi.rekisteri.register.common.DomainException;
import fi.rekisteri.register.contact.Contact;
import fi.rekisteri.register.contact.ContactRepository;
import fi.rekisteri.register.interaction.InteractionView;
import fi.rekisteri.register.invoice.InvoiceView;
import fi.rekisteri.register.order.OrderView;
import fi.rekisteri.register.organisation.Organisation;
import fi.rekisteri.register.organisation.OrganisationRepository;
import fi.rekisteri.register.organisation.OrganisationView;
import fi.rekisteri.register.preference.PreferenceService;
import fi.rekisteri.register.preference.PreferencesView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * The export's register records of one subject (R14): the contact, its organisation, the orders,
 * invoices with payments, interactions and preferences. Called inside {@link SubjectExporter}'s
 * transaction.
 */
@ApplicationScoped
public class SubjectRecordsReader {

  private final ContactRepository contacts;
  private final OrganisationRepository organisations;
  private final CommercialHistory history;
  private final PreferenceService preferences;

  public SubjectRecordsReader(
      ContactRepository contacts,
      OrganisationRepository organisations,
      CommercialHistory history,
      PreferenceService preferences) {
    this.contacts = contacts;
    this.organisations = organisations;
    this.history = history;
    this.preferences = preferences;
  }

  Contact contact(UUID subjectId) {
    return contacts
        .findByIdOptional(subjectId)
        .orElseThrow(() -> DomainException.notFound("subject"));
  }

  /** The contact's organisation; null when it has none or the organisation is gone. */
  OrganisationView organisation(Contact contact) {
    return contact.organisationId() == null
        ? null
        : organisations
            .findByIdOptional(contact.organisationId())
            .map(Organisation::view)
            .orElse(null);
  }

  List<OrderView> orders(UUID subjectId) {
    return history.orders(subjectId);
  }

  List<InvoiceView> invoices(UUID subjectId) {
    return history.invoices(subjectId);
  }

  List<InteractionView> interactions(UUID subjectId) {
    return history.interactions(subjectId);
  }

  /** The contact's preferences with their history; null for an erased contact. */
  PreferencesView preferences(Contact contact) {
    return contact.erased() ? null : preferences.read(contact.id());
  }
}
