package fi.rekisteri.register.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.rekisteri.register.common.Address;
import fi.rekisteri.register.common.Source;
import fi.rekisteri.register.contact.ContactRequest;
import fi.rekisteri.register.contact.ContactService;
import fi.rekisteri.register.controller.ControllerProfile;
import fi.rekisteri.register.controller.ControllerProfileService;
import fi.rekisteri.register.controller.ControllerProfileView;
import fi.rekisteri.register.invoice.InvoiceRequest;
import fi.rekisteri.register.invoice.InvoiceService;
import fi.rekisteri.register.invoice.PaymentRequest;
import fi.rekisteri.register.order.OrderRequest;
import fi.rekisteri.register.order.OrderService;
import fi.rekisteri.register.organisation.OrganisationRequest;
import fi.rekisteri.register.organisation.OrganisationService;
import fi.rekisteri.register.preference.PreferenceRequest;
import fi.rekisteri.register.preference.PreferenceService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Seeds the local run from demo/demo-data.json once (when no controller profile exists yet): the
 * controller profile of a small Finnish company, organisations, contacts, orders and invoices. A
 * database seeded from an earlier demo file gets the demo profile's new wording as a new profile
 * version (see {@link #EARLIER_WORDING}).
 */
@ApplicationScoped
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class);

  /**
   * Wording an earlier demo profile had, with what the demo profile says now. A stored profile that
   * is the demo's word for word except for these gets the demo's as a new version (the old one
   * stays as history); a profile a person has changed, or a real controller's, is never touched.
   */
  static final Map<String, String> EARLIER_WORDING =
      Map.of(
          "Yhteyshenkilön nimi, titteli ja edustamansa organisaatio",
          "Yhteyshenkilön nimi, tehtävänimike ja edustamansa organisaatio");

  private final boolean enabled;
  private final ObjectMapper mapper;
  private final ControllerProfileService profiles;
  private final OrganisationService organisations;
  private final ContactService contacts;
  private final PreferenceService preferences;
  private final OrderService orders;
  private final InvoiceService invoices;

  public DemoData(
      DemoDataConfig config,
      ObjectMapper mapper,
      ControllerProfileService profiles,
      OrganisationService organisations,
      ContactService contacts,
      PreferenceService preferences,
      OrderService orders,
      InvoiceService invoices) {
    this.enabled = config.enabled();
    this.mapper = mapper;
    this.profiles = profiles;
    this.organisations = organisations;
    this.contacts = contacts;
    this.preferences = preferences;
    this.orders = orders;
    this.invoices = invoices;
  }

  void onStart(@Observes StartupEvent event) {
    if (enabled) {
      load();
    }
  }

  @ActivateRequestContext
  @Transactional
  void load() {
    JsonNode data = read();
    Optional<ControllerProfileView> current = profiles.current();
    if (current.isPresent()) {
      reword(
          current.get(),
          mapper.convertValue(data.get("controllerProfile"), ControllerProfile.class));
      return;
    }
    profiles.save(
        mapper.convertValue(data.get("controllerProfile"), ControllerProfile.class),
        null,
        "First version");
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
                      source(c.get("source"))))
              .id();
      contactIds.put(c.get("key").asText(), id);
      for (JsonNode p : c.get("preferences")) {
        preferences.record(id, mapper.convertValue(p, PreferenceRequest.class));
      }
    }
    Map<String, UUID> orderIds = new HashMap<>();
    for (JsonNode o : data.get("orders")) {
      orderIds.put(
          o.get("number").asText(),
          orders
              .create(
                  new OrderRequest(
                      o.get("number").asText(),
                      LocalDate.parse(o.get("orderDate").asText()),
                      organisationIds.get(text(o, "organisation")),
                      contactIds.get(o.get("contact").asText()),
                      text(o, "worksite"),
                      text(o, "summary"),
                      new BigDecimal(o.get("total").asText()),
                      "EUR",
                      source(o.get("source"))))
              .id());
    }
    for (JsonNode i : data.get("invoices")) {
      UUID id =
          invoices
              .create(
                  new InvoiceRequest(
                      i.get("number").asText(),
                      orderIds.get(i.get("order").asText()),
                      organisationIds.get(text(i, "organisation")),
                      contactIds.get(i.get("contact").asText()),
                      LocalDate.parse(i.get("issueDate").asText()),
                      LocalDate.parse(i.get("dueDate").asText()),
                      new BigDecimal(i.get("amount").asText()),
                      i.get("referenceNumber").asText()))
              .id();
      if (text(i, "paid") != null) {
        invoices.recordPayment(
            id,
            new PaymentRequest(
                LocalDate.parse(i.get("paid").asText()), new BigDecimal(i.get("amount").asText())));
      }
    }
    LOG.infof(
        "demo data loaded: %d organisations, %d contacts, %d orders",
        organisationIds.size(), contactIds.size(), orderIds.size());
  }

  /** The demo profile's new wording as a new version, when the stored one is an earlier demo's. */
  private void reword(ControllerProfileView current, ControllerProfile demo) {
    String stored = mapper.valueToTree(current.profile()).toString();
    String wanted = mapper.valueToTree(demo).toString();
    String reworded = stored;
    for (Map.Entry<String, String> wording : EARLIER_WORDING.entrySet()) {
      reworded = reworded.replace(wording.getKey(), wording.getValue());
    }
    if (stored.equals(wanted) || !reworded.equals(wanted)) {
      return; // the demo's already, or not the demo's
    }
    profiles.save(demo, current.version(), "Demo profile: current wording (tehtävänimike)");
    LOG.info("demo controller profile: saved the current wording as a new version");
  }

  private JsonNode read() {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream("demo/demo-data.json")) {
      return mapper.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("demo data unreadable", e);
    }
  }

  private Source source(JsonNode node) {
    return mapper.convertValue(node, Source.class);
  }

  private static Address address(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    return new Address(
        node.get("street").asText(), node.get("postalCode").asText(), node.get("city").asText());
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
