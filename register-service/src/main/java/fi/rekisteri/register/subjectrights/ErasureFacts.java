package fi.rekisteri.register.subjectrights;

import fi.rekisteri.register.contact.Contact;
import fi.rekisteri.register.invoice.Invoice;
import fi.rekisteri.register.organisation.OrganisationRepository;
import fi.rekisteri.register.subjectrights.ErasurePolicy.Facts;
import fi.rekisteri.register.subjectrights.ErasurePolicy.InvoiceFact;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/** The facts the erasure policy decides on, for one subject on one day, read from the register. */
@ApplicationScoped
public class ErasureFacts {

  private final OrganisationRepository organisations;

  public ErasureFacts(OrganisationRepository organisations) {
    this.organisations = organisations;
  }

  Facts of(Contact contact, List<Invoice> subjectInvoices, LocalDate day) {
    boolean customerOrganisation =
        contact.organisationId() != null
            && organisations.isCustomer(contact.organisationId(), contact.id(), day);
    return new Facts(
        subjectInvoices.stream()
            .map(i -> new InvoiceFact(i.issueDate(), i.status().isOpenClaim()))
            .toList(),
        customerOrganisation,
        contact.relationshipStart(),
        contact.relationshipEnd());
  }
}
