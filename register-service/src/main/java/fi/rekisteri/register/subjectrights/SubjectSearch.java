package fi.rekisteri.register.subjectrights;

import fi.rekisteri.register.audit.AuditAction;
import fi.rekisteri.register.audit.AuditLog;
import fi.rekisteri.register.contact.Contact;
import fi.rekisteri.register.contact.ContactRepository;
import fi.rekisteri.register.contact.ContactView;
import fi.rekisteri.register.organisation.Organisation;
import fi.rekisteri.register.organisation.OrganisationRepository;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.Match;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.SearchRequest;
import fi.rekisteri.register.validation.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Finds the subjects that match a request's identifying details, and says on what. */
@ApplicationScoped
public class SubjectSearch {

  private final ContactRepository contacts;
  private final OrganisationRepository organisations;
  private final AuditLog audit;

  public SubjectSearch(
      ContactRepository contacts, OrganisationRepository organisations, AuditLog audit) {
    this.contacts = contacts;
    this.organisations = organisations;
    this.audit = audit;
  }

  @Transactional
  public List<Match> search(SearchRequest request) {
    Map<UUID, List<String>> matchedOn = new LinkedHashMap<>();
    if (notBlank(request.email())) {
      add(
          matchedOn,
          "email",
          contacts.list("erasedAt is null and lower(email) = ?1", lower(request.email())));
    }
    if (notBlank(request.phone())) {
      PhoneNumbers.toE164(request.phone())
          .ifPresent(
              phone ->
                  add(matchedOn, "phone", contacts.list("erasedAt is null and phone = ?1", phone)));
    }
    if (notBlank(request.firstName()) && notBlank(request.lastName())) {
      add(
          matchedOn,
          "name",
          contacts.list(
              "erasedAt is null and lower(firstName) = ?1 and lower(lastName) = ?2"
                  + " order by createdAt, id",
              lower(request.firstName()),
              lower(request.lastName())));
    }
    List<Match> matches = new ArrayList<>();
    matchedOn.forEach(
        (id, on) -> {
          Contact contact = contacts.findById(id);
          ContactView view = contact.view(null);
          String organisationName =
              Optional.ofNullable(contact.organisationId())
                  .flatMap(organisations::findByIdOptional)
                  .map(Organisation::name)
                  .orElse(null);
          if (notBlank(request.organisation())
              && organisationName != null
              && lower(organisationName).contains(lower(request.organisation()))) {
            on.add("organisation");
          }
          audit.record(id, AuditAction.SEARCH, "subject");
          matches.add(
              new Match(id, view.firstName(), view.lastName(), organisationName, List.copyOf(on)));
        });
    return matches;
  }

  private static void add(Map<UUID, List<String>> matchedOn, String on, List<Contact> found) {
    found.forEach(c -> matchedOn.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(on));
  }

  private static String lower(String value) {
    return value.trim().toLowerCase(Locale.ROOT);
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }
}
