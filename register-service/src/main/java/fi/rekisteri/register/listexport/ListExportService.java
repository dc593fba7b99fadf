package fi.rekisteri.register.listexport;

import fi.rekisteri.register.audit.AuditAction;
import fi.rekisteri.register.audit.AuditLog;
import fi.rekisteri.register.common.Csv;
import fi.rekisteri.register.contact.Contact;
import fi.rekisteri.register.contact.ContactRepository;
import fi.rekisteri.register.contact.ContactView;
import fi.rekisteri.register.controller.ControllerProfileService;
import fi.rekisteri.register.disclosure.DisclosureService;
import fi.rekisteri.register.disclosure.Receiver;
import fi.rekisteri.register.disclosure.RecipientKind;
import fi.rekisteri.register.preference.PreferenceService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds a CSV list and writes every included person into the disclosure ledger: to the named
 * recipient and to each processor the controller profile says receives the purpose (R20).
 */
@ApplicationScoped
public class ListExportService {

  private final ContactRepository contacts;
  private final PreferenceService preferences;
  private final DisclosureService disclosures;
  private final ControllerProfileService profiles;
  private final AuditLog audit;

  public ListExportService(
      ContactRepository contacts,
      PreferenceService preferences,
      DisclosureService disclosures,
      ControllerProfileService profiles,
      AuditLog audit) {
    this.contacts = contacts;
    this.preferences = preferences;
    this.disclosures = disclosures;
    this.profiles = profiles;
    this.audit = audit;
  }

  @Transactional
  public String export(ListExportRequest request) {
    ListPurpose purpose = request.purpose();
    boolean consentRequired =
        profiles.current().map(v -> v.profile().requiresMarketingConsent()).orElse(true);
    List<ContactView> included =
        contacts.list("erasedAt is null", Sort.by("lastName").and("firstName").and("id")).stream()
            .filter(c -> admitted(purpose, c, consentRequired))
            .map(c -> c.view(null))
            .filter(v -> hasChannelData(purpose, v))
            .toList();
    List<Receiver> receivers = new ArrayList<>(disclosures.receiving(purpose.name()));
    if (receivers.stream().noneMatch(r -> r.name().equalsIgnoreCase(request.recipient()))) {
      // a list sent to a processor of the purpose is one disclosure to that processor
      receivers.add(0, new Receiver(request.recipient(), RecipientKind.RECIPIENT));
    }
    List<List<String>> rows = new ArrayList<>();
    for (ContactView contact : included) {
      rows.add(row(purpose, contact));
      disclosures.disclose(
          contact.id(),
          receivers,
          purpose.marketing(),
          purpose.dataCategories(),
          "list export: " + purpose.name());
      audit.record(contact.id(), AuditAction.LIST_EXPORT, "contact");
    }
    return Csv.write(header(purpose), rows, true);
  }

  private boolean admitted(ListPurpose purpose, Contact contact, boolean consentRequired) {
    return purpose.admits(
        contact.restricted(),
        contact.objectedDirectMarketing(),
        contact.erased(),
        preferences.current(contact.id()),
        consentRequired);
  }

  private static boolean hasChannelData(ListPurpose purpose, ContactView contact) {
    return switch (purpose) {
      case MAILING_LABELS -> contact.postalAddress() != null || contact.billingAddress() != null;
      case EMAIL_MARKETING -> contact.email() != null;
      case PHONE_MARKETING -> contact.phone() != null;
      case MARKET_RESEARCH -> contact.email() != null || contact.phone() != null;
    };
  }

  private static List<String> header(ListPurpose purpose) {
    return switch (purpose) {
      case MAILING_LABELS -> List.of("firstName", "lastName", "street", "postalCode", "city");
      case EMAIL_MARKETING -> List.of("firstName", "lastName", "email");
      case PHONE_MARKETING -> List.of("firstName", "lastName", "phone");
      case MARKET_RESEARCH -> List.of("firstName", "lastName", "email", "phone");
    };
  }

  private static List<String> row(ListPurpose purpose, ContactView c) {
    Stream<String> cells =
        switch (purpose) {
          case MAILING_LABELS -> {
            var address = c.postalAddress() != null ? c.postalAddress() : c.billingAddress();
            yield Stream.of(
                c.firstName(),
                c.lastName(),
                address.street(),
                address.postalCode(),
                address.city());
          }
          case EMAIL_MARKETING -> Stream.of(c.firstName(), c.lastName(), c.email());
          case PHONE_MARKETING -> Stream.of(c.firstName(), c.lastName(), c.phone());
          case MARKET_RESEARCH -> Stream.of(c.firstName(), c.lastName(), c.email(), c.phone());
        };
    return cells.map(v -> v == null ? "" : v).toList();
  }
}
