package fi.rekisteri.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import fi.rekisteri.stack.KafkaBroker;
import fi.rekisteri.stack.KeycloakServer;
import fi.rekisteri.stack.PostgresServer;
import fi.rekisteri.stack.Processes;
import fi.rekisteri.stack.ServiceProcess;
import fi.rekisteri.stack.TestStack;
import fi.rekisteri.stack.TestTokens;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two register and two rights instances on one database each (their own, register_multi and
 * rights_multi, on the shared test PostgreSQL, Kafka and Keycloak), the rights instances one
 * consumer group. Writes go to both registers; midway one register (the first, which holds the
 * outbox relay's lock) and one rights instance are killed with SIGKILL. Every acknowledged write
 * must reach the rights projection exactly once (one row per event id, none missing) and in order
 * per subject, relayed by the surviving register.
 */
class TwoInstancesTest {

  private static final int CONTACTS = 24;
  private static final List<ServiceProcess> STARTED = new ArrayList<>();
  private static PostgresServer postgres;
  private static ServiceProcess registerA;
  private static ServiceProcess registerB;
  private static ServiceProcess rightsA;

  @BeforeAll
  static void startTwoAndTwo() throws Exception {
    Path root = Path.of(System.getProperty("rekisteri.root", "../..")).toAbsolutePath();
    Path work = Path.of(System.getProperty("rekisteri.work.dir", "target/stack")).toAbsolutePath();
    Files.createDirectories(work);
    postgres = TestStack.postgres();
    postgres.ensureDatabase("register_multi", "register", "register");
    postgres.ensureDatabase("rights_multi", "rights", "rights");
    KafkaBroker kafka = TestStack.kafka();
    KeycloakServer keycloak = TestStack.keycloak();
    int registerAPort = Processes.freePort();
    String group = "rights-multi-" + UUID.randomUUID();
    registerA =
        start(root, work, "register", registerAPort, "a", postgres, kafka, keycloak, Map.of());
    registerA.awaitReady(Duration.ofMinutes(2));
    registerB =
        start(
            root, work, "register", Processes.freePort(), "b", postgres, kafka, keycloak, Map.of());
    Map<String, String> rights =
        Map.of(
            "REKISTERI_REGISTER_URL",
            "http://127.0.0.1:" + registerAPort,
            "MP_MESSAGING_INCOMING_REGISTER_EVENTS_IN_GROUP_ID",
            group);
    rightsA =
        start(root, work, "rights", Processes.freePort(), "a", postgres, kafka, keycloak, rights);
    registerB.awaitReady(Duration.ofMinutes(2));
    rightsA.awaitReady(Duration.ofMinutes(2));
    ServiceProcess rightsB =
        start(root, work, "rights", Processes.freePort(), "b", postgres, kafka, keycloak, rights);
    rightsB.awaitReady(Duration.ofMinutes(2));
  }

  private static ServiceProcess start(
      Path root,
      Path work,
      String name,
      int port,
      String instance,
      PostgresServer postgres,
      KafkaBroker kafka,
      KeycloakServer keycloak,
      Map<String, String> extra) {
    Map<String, String> config = new LinkedHashMap<>(extra);
    config.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(name + "_multi"));
    ServiceProcess process =
        ServiceProcess.start(
            root,
            name,
            port,
            Processes.freePort(),
            postgres,
            kafka,
            keycloak,
            work.resolve(name + "-service-multi-" + instance + ".log"),
            config);
    STARTED.add(process);
    return process;
  }

  @AfterAll
  static void stopAll() {
    STARTED.forEach(ServiceProcess::close);
  }

  private static Map<String, Object> contact() {
    Map<String, Object> body = new LinkedHashMap<>();
    String id = UUID.randomUUID().toString().substring(0, 8);
    body.put("firstName", "Moni");
    body.put("lastName", "Instanssi-" + id);
    body.put("email", "moni." + id + "@example.fi");
    body.put("phone", "040 123 4567");
    body.put("notes", "write 1");
    body.put(
        "source",
        Map.of("channel", "WEB_FORM", "collectedAt", Instant.now().minusSeconds(60).toString()));
    return body;
  }

  /** One contact's life: created on one register, changed twice on the other and back. */
  private static void writeContact(
      ServiceProcess first, ServiceProcess second, Map<UUID, Integer> acknowledged) {
    String bearer = "Bearer " + TestTokens.user("sales");
    Map<String, Object> body = contact();
    Response created =
        given()
            .header("Authorization", bearer)
            .contentType("application/json")
            .body(body)
            .post(first.baseUrl() + "/api/v1/contacts");
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    UUID id = UUID.fromString(created.path("id"));
    acknowledged.put(id, 1);
    String etag = created.header("ETag");
    ServiceProcess[] order = {second, first};
    for (int change = 0; change < 2; change++) {
      body.put("notes", "write " + (change + 2));
      Response updated =
          given()
              .header("Authorization", bearer)
              .header("If-Match", etag)
              .contentType("application/json")
              .body(body)
              .put(order[change].baseUrl() + "/api/v1/contacts/" + id);
      assertThat(updated.statusCode()).as(updated.asString()).isEqualTo(200);
      etag = updated.header("ETag");
      acknowledged.merge(id, 1, Integer::sum);
    }
  }

  private static Map<UUID, List<Instant[]>> applied(List<UUID> subjects) throws Exception {
    Map<UUID, List<Instant[]>> events = new LinkedHashMap<>();
    try (Connection connection =
            DriverManager.getConnection(postgres.jdbcUrl("rights_multi"), "rights", "rights");
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT subject_id, occurred_at, received_at FROM subject_event"
                    + " WHERE subject_id = ANY (?) ORDER BY subject_id, occurred_at")) {
      statement.setArray(1, connection.createArrayOf("uuid", subjects.toArray()));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          UUID subject = rows.getObject(1, UUID.class);
          Timestamp occurred = rows.getTimestamp(2);
          Timestamp received = rows.getTimestamp(3);
          events
              .computeIfAbsent(subject, s -> new ArrayList<>())
              .add(new Instant[] {occurred.toInstant(), received.toInstant()});
        }
      }
    }
    return events;
  }

  @Test
  void givenTwoAndTwoInstances_whenOneOfEachIsKilledMidway_thenEveryEventAppliedOnceInOrder()
      throws Exception {
    Map<UUID, Integer> acknowledged = new LinkedHashMap<>();
    for (int i = 0; i < CONTACTS / 2; i++) {
      boolean even = i % 2 == 0;
      writeContact(even ? registerA : registerB, even ? registerB : registerA, acknowledged);
    }
    // midway: the first register (it started first, so it holds the relay's lock) and the first
    // rights instance die without a word
    registerA.handle().destroyForcibly();
    rightsA.handle().destroyForcibly();
    registerA.handle().onExit().get(30, TimeUnit.SECONDS);
    rightsA.handle().onExit().get(30, TimeUnit.SECONDS);
    Instant killedAt = Instant.now();
    UUID firstAfter = null;
    for (int i = CONTACTS / 2; i < CONTACTS; i++) {
      Map<UUID, Integer> before = new LinkedHashMap<>(acknowledged);
      writeContact(registerB, registerB, acknowledged);
      if (firstAfter == null) {
        firstAfter =
            acknowledged.keySet().stream().filter(id -> !before.containsKey(id)).findFirst().get();
      }
    }

    List<UUID> subjects = new ArrayList<>(acknowledged.keySet());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    Map<UUID, List<Instant[]>> applied = applied(subjects);
    Instant firstAfterSeen = null;
    while (System.nanoTime() < deadline) {
      applied = applied(subjects);
      if (firstAfterSeen == null && applied.containsKey(firstAfter)) {
        firstAfterSeen = applied.get(firstAfter).get(0)[1];
      }
      Map<UUID, List<Instant[]>> now = applied;
      boolean complete =
          subjects.stream()
              .allMatch(id -> now.getOrDefault(id, List.of()).size() >= acknowledged.get(id));
      if (complete) {
        break;
      }
      Thread.sleep(500);
    }

    List<String> wrong = new ArrayList<>();
    for (UUID id : subjects) {
      List<Instant[]> events = applied.getOrDefault(id, List.of());
      if (events.size() != acknowledged.get(id)) {
        wrong.add(id + ": " + acknowledged.get(id) + " writes, " + events.size() + " applied");
      }
      for (int k = 1; k < events.size(); k++) {
        if (events.get(k)[1].isBefore(events.get(k - 1)[1])) {
          wrong.add(id + ": event " + (k + 1) + " applied before event " + k);
        }
      }
    }
    int writes = acknowledged.values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf(
        "two and two instances: %d writes acknowledged, %d applied; the first write after the"
            + " kill reached the surviving rights instance %s after it (relay takeover and the"
            + " consumer group's rebalance)%n",
        writes,
        applied.values().stream().mapToInt(List::size).sum(),
        firstAfterSeen == null ? "never" : Duration.between(killedAt, firstAfterSeen));
    assertThat(wrong).isEmpty();
  }
}
