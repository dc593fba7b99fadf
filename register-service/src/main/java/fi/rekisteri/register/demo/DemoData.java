package fi.rekisteri.register.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.rekisteri.register.controller.ControllerProfile;
import fi.rekisteri.register.controller.ControllerProfileService;
import fi.rekisteri.register.controller.ControllerProfileView;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
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
  private final DemoPeople people;
  private final DemoCommerce commerce;

  public DemoData(
      DemoDataConfig config,
      ObjectMapper mapper,
      ControllerProfileService profiles,
      DemoPeople people,
      DemoCommerce commerce) {
    this.enabled = config.enabled();
    this.mapper = mapper;
    this.profiles = profiles;
    this.people = people;
    this.commerce = commerce;
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
    Map<String, UUID> organisationIds = people.organisations(data);
    Map<String, UUID> contactIds = people.contacts(data, organisationIds);
    Map<String, UUID> orderIds = commerce.orders(data, organisationIds, contactIds);
    commerce.invoices(data, organisationIds, contactIds, orderIds);
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
}
