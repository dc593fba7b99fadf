package fi.rekisteri.register.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.rekisteri.register.contact.ContactEvent;
import fi.rekisteri.register.contact.ContactEvent.ContactCreated;
import fi.rekisteri.register.contact.ContactEvent.ContactRectified;
import fi.rekisteri.register.contact.ContactEvent.SubjectDataExported;
import fi.rekisteri.register.controller.ControllerEvent;
import fi.rekisteri.register.invoice.InvoiceEvent;
import fi.rekisteri.register.invoice.InvoiceStatus;
import fi.rekisteri.register.order.OrderEvent;
import fi.rekisteri.register.organisation.OrganisationEvent;
import fi.rekisteri.register.preference.PreferenceEvent;
import fi.rekisteri.register.preference.PreferenceKind;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Every typed event the register can publish satisfies the event contract, and the contract rejects
 * what the events never are. Pure: no Quarkus, no broker.
 */
class TypedEventsTest {

  private static final List<Class<? extends DomainEvent>> AGGREGATES =
      List.of(
          ContactEvent.class,
          PreferenceEvent.class,
          OrganisationEvent.class,
          OrderEvent.class,
          InvoiceEvent.class,
          ControllerEvent.class);

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private static final EventContract CONTRACT = new EventContract();

  @Test
  void givenEveryEventType_whenSampled_thenSatisfiesTheContract() throws Exception {
    List<DomainEvent> events = allSampleEvents();
    assertThat(events).hasSizeGreaterThan(20);
    for (DomainEvent event : events) {
      JsonNode envelope = envelope(event);
      assertThat(CONTRACT.violations(envelope)).as(event.eventType()).isEmpty();
      assertThat(envelope.get("aggregateType").asText()).isEqualTo(event.aggregateType());
    }
  }

  @Test
  void givenContractEventTypes_thenAreExactlyTheRecordTypes() throws Exception {
    JsonNode schema =
        JSON.readTree(getClass().getClassLoader().getResourceAsStream(EventContract.RESOURCE));
    Set<String> declared =
        StreamSupport.stream(schema.at("/properties/eventType/enum").spliterator(), false)
            .map(JsonNode::asText)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> typed =
        allSampleEvents().stream()
            .map(DomainEvent::eventType)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(typed).isEqualTo(declared);
    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void givenOptionalBodyFields_whenNull_thenLeftOut() throws Exception {
    assertThat(envelope(new ContactCreated(null)).get("body").size()).isZero();
    assertThat(envelope(new SubjectDataExported(null)).get("body").size()).isZero();
    assertThat(envelope(new ContactCreated("OBJECTION")).at("/body/suppression").asText())
        .isEqualTo("OBJECTION");
  }

  @Test
  void givenEnvelopeBreakingTheContract_whenValidated_thenEachViolationNamed() throws Exception {
    ContactRectified rectified = new ContactRectified("req-1", List.of("lastName"));
    assertRejected(rectified, e -> ((ObjectNode) e.get("body")).put("lastName", "Virtanen"));
    assertRejected(rectified, e -> ((ObjectNode) e.get("body")).remove("requestId"));
    assertRejected(rectified, e -> ((ObjectNode) e).put("eventType", "OrderCreated"));
    assertRejected(rectified, e -> ((ObjectNode) e).put("subjectId", "not-a-uuid"));
    assertRejected(rectified, e -> ((ObjectNode) e).putNull("subjectId"));
    assertRejected(rectified, e -> ((ObjectNode) e).put("occurredAt", "yesterday"));
    assertRejected(rectified, e -> ((ObjectNode) e).put("schemaVersion", 2));
    assertRejected(rectified, e -> ((ObjectNode) e).put("extra", 1));
    assertRejected(
        new OrganisationEvent.OrganisationCreated(),
        e -> ((ObjectNode) e).put("subjectId", UUID.randomUUID().toString()));
    assertRejected(
        new ContactEvent.ContactUpdated(List.of("email")),
        e -> ((ObjectNode) e.get("body")).putArray("changedFields"));
  }

  @Test
  void givenEventBreakingTheContract_whenOutbox_thenThrowsWithoutPersonalValues() {
    Outbox outbox = new Outbox(null, JSON, CONTRACT, null);
    UUID id = UUID.randomUUID();

    assertThatThrownBy(
            () -> outbox.publish(id, id, new ContactRectified("Matti Meikäläinen", List.of())))
        .isInstanceOf(Outbox.InvalidEventException.class)
        .hasMessageContaining("ContactRectified")
        .hasMessageContaining("requestId")
        .hasMessageNotContaining("Matti");
    assertThatThrownBy(() -> outbox.publish(id, null, new ContactEvent.ContactDeleted()))
        .isInstanceOf(Outbox.InvalidEventException.class);
  }

  private static void assertRejected(DomainEvent event, Consumer<JsonNode> breakIt)
      throws Exception {
    JsonNode envelope = envelope(event);
    assertThat(CONTRACT.violations(envelope)).isEmpty();
    breakIt.accept(envelope);
    assertThat(CONTRACT.violations(envelope)).as(envelope.toString()).isNotEmpty();
  }

  private static JsonNode envelope(DomainEvent event) throws Exception {
    boolean hasSubject =
        !(event instanceof OrganisationEvent) && !(event instanceof ControllerEvent);
    UUID id = UUID.randomUUID();
    return JSON.readTree(
        JSON.writeValueAsString(EventEnvelope.of(id, hasSubject ? id : null, event)));
  }

  /** One instance of every record each aggregate's sealed interface permits. */
  private static List<DomainEvent> allSampleEvents() throws Exception {
    List<DomainEvent> events = new ArrayList<>();
    for (Class<?> aggregate : AGGREGATES) {
      assertThat(aggregate.isSealed()).as(aggregate.getSimpleName()).isTrue();
      for (Class<?> type : aggregate.getPermittedSubclasses()) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = Arrays.stream(components).map(TypedEventsTest::sample).toArray();
        Class<?>[] types =
            Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        events.add((DomainEvent) type.getDeclaredConstructor(types).newInstance(values));
      }
    }
    return events;
  }

  private static Object sample(RecordComponent component) {
    return switch (component.getName()) {
      case "suppression" -> "ERASED";
      case "requestId" -> "req-" + UUID.randomUUID();
      case "changedFields" -> List.of("email", "phone");
      case "erased" -> List.of("INTERACTIONS", "CONTACT_RECORD");
      case "kept" -> List.of("OPEN_INVOICES");
      case "kinds" -> List.of(PreferenceKind.DIRECT_MARKETING_BAN);
      case "invoiceId" -> UUID.randomUUID();
      case "status" -> InvoiceStatus.IN_COLLECTION;
      case "profileVersion" -> 3;
      case "stillRestricted" -> true;
      default -> throw new AssertionError("no sample for body field " + component.getName());
    };
  }
}
