package fi.rekisteri.register.demo;

import static fi.rekisteri.register.demo.DemoJson.address;
import static fi.rekisteri.register.demo.DemoJson.source;
import static fi.rekisteri.register.demo.DemoJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.rekisteri.register.contact.ContactRequest;
import fi.rekisteri.register.contact.ContactService;
import fi.rekisteri.register.organisation.OrganisationRequest;
import fi.rekisteri.register.organisation.OrganisationService;
import fi.rekisteri.register.preference.PreferenceRequest;
import fi.rekisteri.register.preference.PreferenceService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The demo's organisations, and its contacts with their preferences, created through the register's
 * services inside {@link DemoData}'s transaction.
 */
@ApplicationScoped
public class DemoPeople {

  private final ObjectMapper mapper;
  private final OrganisationService organisations;
  private final ContactService contacts;
  private final PreferenceService preferences;

  public DemoPeople(
      ObjectMapper mapper,
      OrganisationService organisations,
      ContactService contacts,
      PreferenceService preferences) {
    this.mapper = mapper;
    this.organisations = organisations;
    this.contacts = contacts;
    this.preferences = preferences;
  }

  /** Creates the organisations; their ids by the demo file's keys. */
  Map<String, UUID> organisations(JsonNode data) {
    Map<String, UUID> organisationIds = new HashMap<>();
    for (JsonNode o : data.get("organisations")) {
      organisationIds.put(
          o.get("key").asText(),
          organisations
              .create(
                  new OrganisationRequest(
                      o.get("name").asText(),
                      o.get("businessId").asText(),
                      address(o.get("visitingAddress")),
                      address(o.get("billingAddress"))))
              .id());
    }
    return organisationIds;
  }

  /** Creates the contacts, each with its preferences; their ids by the demo file's keys. */
  Map<String, UUID> contacts(JsonNode data, Map<String, UUID> organisationIds) {
    Map<String, UUID> contactIds = new HashMap<>();
    for (JsonNode c : data.get("contacts")) {
      UUID id =
          contacts
              .create(
                  new ContactRequest(
                      c.get("firstName").asText(),
                      c.get("lastName").asText(),
                      text(c, "title"),
                      organisationIds.get(text(c, "organisation")),
                      text(c, "email"),
                      text(c, "phone"),
                      address(c.get("postalAddress")),
                      null,
                      text(c, "worksite"),
                      text(c, "caseNumber"),
                      text(c, "notes"),
                      LocalDate.parse(c.get("relationshipStart").asText()),
                      null,
                      source(mapper, c.get("source"))))
              .id();
      contactIds.put(c.get("key").asText(), id);
      for (JsonNode p : c.get("preferences")) {
        preferences.record(id, mapper.convertValue(p, PreferenceRequest.class));
      }
    }
    return contactIds;
  }
}
