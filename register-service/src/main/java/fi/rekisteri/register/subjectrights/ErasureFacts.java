package fi.rekisteri.register.subjectrights;

import fi.rekisteri.register.contact.Contact;
import fi.rekisteri.register.controller.ControllerProfileService;
import fi.rekisteri.register.invoice.Invoice;
import fi.rekisteri.register.invoice.PaymentRepository;
import fi.rekisteri.register.organisation.OrganisationRepository;
import fi.rekisteri.register.subjectrights.ErasurePolicy.Facts;
import fi.rekisteri.register.subjectrights.ErasurePolicy.InvoiceFact;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The facts the erasure policy decides on, for one subject on one day, read from the register. */
@ApplicationScoped
public class ErasureFacts {

  private final OrganisationRepository organisations;
  private final PaymentRepository payments;
  private final ControllerProfileService profiles;

  public ErasureFacts(
      OrganisationRepository organisations,
      PaymentRepository payments,
      ControllerProfileService profiles) {
    this.organisations = organisations;
    this.payments = payments;
    this.profiles = profiles;
  }

  Facts of(Contact contact, List<Invoice> subjectInvoices, LocalDate day) {
    boolean customerOrganisation =
        contact.organisationId() != null
            && organisations.isCustomer(contact.organisationId(), contact.id(), day);
    // each payment is a voucher of its own, at its payment date (Kirjanpitolaki 2:10)
    Map<UUID, List<LocalDate>> paid =
        payments.paymentDates(subjectInvoices.stream().map(Invoice::id).toList());
    return new Facts(
        subjectInvoices.stream()
            .map(
                i ->
                    new InvoiceFact(
                        i.issueDate(),
                        i.status().isOpenClaim(),
                        paid.getOrDefault(i.id(), List.of())))
            .toList(),
        customerOrganisation,
        contact.relationshipStart(),
        contact.relationshipEnd(),
        profiles.financialYearStart());
  }
}
