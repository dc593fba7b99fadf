package fi.rekisteri.register.listexport;

import fi.rekisteri.register.audit.AuditAction;
import fi.rekisteri.register.audit.AuditLog;
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
import java.util.stream.Collectors;
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
    StringBuilder csv = new StringBuilder(header(purpose)).append("\r\n");
    for (ContactView contact : included) {
      csv.append(row(purpose, contact)).append("\r\n");
      disclosures.disclose(
          contact.id(),
          receivers,
          purpose.marketing(),
          purpose.dataCategories(),
          "list export: " + purpose.name());
      audit.record(contact.id(), AuditAction.LIST_EXPORT, "contact");
    }
    return csv.toString();
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

  private static String header(ListPurpose purpose) {
    return switch (purpose) {
      case MAILING_LABELS -> "firstName,lastName,street,postalCode,city";
      case EMAIL_MARKETING -> "firstName,lastName,email";
      case PHONE_MARKETING -> "firstName,lastName,phone";
      case MARKET_RESEARCH -> "firstName,lastName,email,phone";
    };
  }

  private static String row(ListPurpose purpose, ContactView c) {
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
    return cells.map(ListExportService::cell).collect(Collectors.joining(","));
  }

  /** RFC 4180 quoting, and a leading quote against formula injection in spreadsheets. */
  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String safe = value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }
}
