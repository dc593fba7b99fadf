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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two register and two rights instances on one database each (their own, register_multi and
 * rights_multi, on the shared test PostgreSQL, Kafka and Keycloak), the rights instances one
 * consumer group. Four writers write to both registers at once; midway the register that holds the
 * outbox relay's lock (asked of PostgreSQL, not assumed) is frozen with SIGSTOP while the writers
 * keep sending to it, so that writes are in flight, then killed with SIGKILL together with one
 * rights instance. The other register must take the lock over; every change the register committed
 * (its contact's version says how many: a write in flight may have committed without an answer)
 * must reach the rights projection exactly once and in order per subject, and every acknowledged
 * write must be among them.
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
    // a group of its own (the shared broker's "rights-service" holds other tests' offsets); the
    // rights principal may consume only as the groups its ACLs name
    kafka.allowGroup("rights", group);
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
    // the instance names itself to PostgreSQL, so that the test can ask who holds a lock
    config.put(
        "QUARKUS_DATASOURCE_JDBC_URL",
        postgres.jdbcUrl(name + "_multi") + "?ApplicationName=" + name + "-" + instance);
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

  private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

  private static Map<String, Object> contact() {
    Map<String, Object> body = new LinkedHashMap<>();
    String id = UUID.randomUUID().toString().substring(0, 8);
    body.put("firstName", "Moni");
    body.put("lastName", "Instanssi-" + RUN + "-" + id);
    body.put("email", "moni." + id + "@example.fi");
    body.put("phone", "040 123 4567");
    body.put("notes", "write 1");
    body.put(
        "source",
        Map.of("channel", "WEB_FORM", "collectedAt", Instant.now().minusSeconds(60).toString()));
    return body;
  }

  private final Map<UUID, Integer> acknowledged = new ConcurrentHashMap<>();
  private final AtomicInteger unanswered = new AtomicInteger();
  private final AtomicBoolean writing = new AtomicBoolean(true);
  private final Set<ServiceProcess> dead = ConcurrentHashMap.newKeySet();

  /** Per writer thread, the register its request is waiting on right now. */
  private final Map<Thread, ServiceProcess> waitingOn = new ConcurrentHashMap<>();

  /**
   * One contact's life: created on one register, changed twice, alternating registers; a write that
   * gets no answer (its register died) ends the contact's life and is counted.
   */
  private void writeContact(ServiceProcess first, ServiceProcess second) {
    String bearer = "Bearer " + TestTokens.user("sales");
    Map<String, Object> body = contact();
    ServiceProcess[] order = {first, second, first};
    UUID id = null;
    String etag = null;
    for (int write = 0; write < 3; write++) {
      ServiceProcess target = dead.contains(order[write]) ? survivor() : order[write];
      if (write > 0) {
        body.put("notes", "write " + (write + 1));
      }
      Response answer;
      waitingOn.put(Thread.currentThread(), target);
      try {
        var request =
            given().header("Authorization", bearer).contentType("application/json").body(body);
        answer =
            write == 0
                ? request.post(target.baseUrl() + "/api/v1/contacts")
                : request.header("If-Match", etag).put(target.baseUrl() + "/api/v1/contacts/" + id);
      } catch (Exception e) {
        // REST Assured throws the connection's IOException unchecked
        unanswered.incrementAndGet();
        return;
      } finally {
        waitingOn.remove(Thread.currentThread());
      }
      if (answer.statusCode() != (write == 0 ? 201 : 200)) {
        unanswered.incrementAndGet();
        return;
      }
      if (write == 0) {
        id = UUID.fromString(answer.path("id"));
      }
      etag = answer.header("ETag");
      acknowledged.merge(id, 1, Integer::sum);
    }
  }

  private ServiceProcess survivor() {
    return dead.contains(registerA) ? registerB : registerA;
  }

  private Thread writer(int number) {
    Thread thread =
        new Thread(
            () -> {
              boolean even = number % 2 == 0;
              while (writing.get()) {
                writeContact(even ? registerA : registerB, even ? registerB : registerA);
                even = !even;
              }
            },
            "two-instances-writer-" + number);
    thread.setDaemon(true);
    return thread;
  }

  /** The application name of the register instance holding the outbox relay's lock; or null. */
  private static String relayHolder() throws Exception {
    long key = lockKey("rekisteri-register:outbox-relay");
    try (Connection connection =
            DriverManager.getConnection(
                postgres.jdbcUrl("register_multi"), "postgres", PostgresServer.SUPERUSER_PASSWORD);
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                    + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
                    + " AND l.classid::bigint = ? AND l.objid::bigint = ?"
                    + " AND l.database = (SELECT oid FROM pg_database"
                    + " WHERE datname = 'register_multi')")) {
      statement.setLong(1, key >>> 32);
      statement.setLong(2, key & 0xffffffffL);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  /** ClusterLock's key of a lock name: the first 8 bytes of its SHA-256. */
  private static long lockKey(String name) throws Exception {
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
    long key = 0;
    for (int i = 0; i < 8; i++) {
      key = (key << 8) | (digest[i] & 0xff);
    }
    return key;
  }

  private static String awaitHolder(String not, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    String holder = relayHolder();
    while ((holder == null || holder.equals(not)) && System.nanoTime() < deadline) {
      Thread.sleep(200);
      holder = relayHolder();
    }
    return holder;
  }

  /** Every contact of this run in the register, with the number of changes it committed. */
  private static Map<UUID, Integer> committed() throws Exception {
    Map<UUID, Integer> changes = new HashMap<>();
    try (Connection connection =
            DriverManager.getConnection(
                postgres.jdbcUrl("register_multi"), "postgres", PostgresServer.SUPERUSER_PASSWORD);
        PreparedStatement statement =
            connection.prepareStatement("SELECT id, version FROM contact WHERE last_name LIKE ?")) {
      statement.setString(1, "Instanssi-" + RUN + "-%");
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          // version 0 after the create; each change adds one, and each publishes one event
          changes.put(rows.getObject(1, UUID.class), (int) rows.getLong(2) + 1);
        }
      }
    }
    return changes;
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

  private static void signal(ProcessHandle process, String signal) throws Exception {
    new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid()))
        .inheritIO()
        .start()
        .waitFor(10, TimeUnit.SECONDS);
  }

  @Test
  void givenWritesInFlight_whenTheRelayHolderIsKilled_thenEveryCommittedChangeAppliedOnceInOrder()
      throws Exception {
    String holderName = awaitHolder(null, Duration.ofSeconds(30));
    assertThat(holderName).as("a register holds the relay's lock").isIn("register-a", "register-b");
    ServiceProcess holder = holderName.equals("register-a") ? registerA : registerB;
    List<Thread> writers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      writers.add(writer(i));
    }
    writers.forEach(Thread::start);
    Thread.sleep(4000);
    // the holder freezes: the writers' requests to it hang, in flight; then it dies without a
    // word, together with one rights instance
    signal(holder.handle(), "STOP");
    Thread.sleep(1500);
    dead.add(holder);
    int inFlight = (int) waitingOn.values().stream().filter(holder::equals).count();
    holder.handle().destroyForcibly();
    rightsA.handle().destroyForcibly();
    holder.handle().onExit().get(30, TimeUnit.SECONDS);
    rightsA.handle().onExit().get(30, TimeUnit.SECONDS);
    Instant killedAt = Instant.now();
    String takenOverBy = awaitHolder(holderName, Duration.ofSeconds(30));
    Duration takeover = Duration.between(killedAt, Instant.now());
    Thread.sleep(4000);
    writing.set(false);
    for (Thread writer : writers) {
      writer.join(60_000);
    }

    Map<UUID, Integer> committed = committed();
    List<UUID> subjects = new ArrayList<>(committed.keySet());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    Map<UUID, List<Instant[]>> applied = applied(subjects);
    while (System.nanoTime() < deadline) {
      applied = applied(subjects);
      Map<UUID, List<Instant[]>> now = applied;
      if (subjects.stream()
          .allMatch(id -> now.getOrDefault(id, List.of()).size() >= committed.get(id))) {
        break;
      }
      Thread.sleep(500);
    }

    List<String> wrong = new ArrayList<>();
    for (Map.Entry<UUID, Integer> write : acknowledged.entrySet()) {
      if (committed.getOrDefault(write.getKey(), 0) < write.getValue()) {
        wrong.add(write.getKey() + ": " + write.getValue() + " acknowledged, fewer committed");
      }
    }
    for (UUID id : subjects) {
      List<Instant[]> events = applied.getOrDefault(id, List.of());
      if (events.size() != committed.get(id)) {
        wrong.add(id + ": " + committed.get(id) + " committed, " + events.size() + " applied");
      }
      for (int k = 1; k < events.size(); k++) {
        if (events.get(k)[1].isBefore(events.get(k - 1)[1])) {
          wrong.add(id + ": event " + (k + 1) + " applied before event " + k);
        }
      }
    }
    int writes = acknowledged.values().stream().mapToInt(Integer::intValue).sum();
    int changes = committed.values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf(
        "two and two instances: relay lock held by %s, killed with %d writes in flight;"
            + " %s took the lock over %s after the kill; %d writes acknowledged, %d without an"
            + " answer, %d changes committed, %d applied%n",
        holderName,
        inFlight,
        takenOverBy,
        takeover,
        writes,
        unanswered.get(),
        changes,
        applied.values().stream().mapToInt(List::size).sum());
    assertThat(inFlight).as("writes in flight when the holder died").isPositive();
    assertThat(takenOverBy)
        .as("the surviving register takes the relay's lock over")
        .isNotNull()
        .isNotEqualTo(holderName);
    assertThat(acknowledged).isNotEmpty();
    assertThat(wrong).isEmpty();
  }
}
