package fi.rekisteri.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import fi.rekisteri.stack.BackupKey;
import fi.rekisteri.stack.Backups;
import fi.rekisteri.stack.KafkaBroker;
import fi.rekisteri.stack.KeycloakServer;
import fi.rekisteri.stack.PostgresServer;
import fi.rekisteri.stack.Processes;
import fi.rekisteri.stack.ServiceProcess;
import fi.rekisteri.stack.TestStack;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * See docs/backups.md on the real stack: back up (deploy/local/backup itself), erase a person,
 * restore (deploy/local/restore's code path), start: the person is erased again before either
 * service answers and stays erased over another restart, a contact created before the backup is
 * back and one created after it is gone, and both services report the re-application for the DPO
 * dashboard.
 *
 * <p>See docs/security.md: the backup is one encrypted archive (here with the local demo key, which
 * the script announces on stderr) and its manifest, nothing in plain text; restoring it with
 * another key or after a byte of it changed is refused, by the API and by deploy/local/restore,
 * saying which, before the data directory changes.
 *
 * <p>Its own PostgreSQL (the restore replaces the whole cluster) and its own Kafka (its services
 * use the real consumer group and topics, so they must not meet {@link Platform}'s); Keycloak is
 * shared.
 */
class BackupRestoreErasureTest {

  private static Path root;
  private static Path work;
  private static Path pgData;
  private static PostgresServer postgres;
  private static KafkaBroker kafka;
  private static KeycloakServer keycloak;
  private static int pgPort;
  private static final List<ServiceProcess> running = new ArrayList<>();
  private static String register;
  private static String rights;

  @BeforeAll
  static void infrastructure() throws Exception {
    root = Path.of(System.getProperty("rekisteri.root", "../..")).toAbsolutePath();
    work =
        Path.of(System.getProperty("rekisteri.work.dir", "target/stack"))
            .toAbsolutePath()
            .resolve("backup-restore-" + ProcessHandle.current().pid());
    Files.createDirectories(work);
    pgData = work.resolve("postgres");
    pgPort = Processes.freePort();
    startPostgres();
    postgres.ensureDatabase("register", "register", "register");
    postgres.ensureDatabase("rights", "rights", "rights");
    kafka =
        new KafkaBroker(
                work.resolve("kafka"),
                Processes.freePort(),
                Processes.freePort(),
                Path.of(
                    System.getProperty(
                        "rekisteri.kafka.classpath.file",
                        root.resolve("deploy/distributions/kafka-broker/target/kafka.classpath")
                            .toString())))
            .start();
    keycloak = TestStack.keycloak();
  }

  @AfterAll
  static void stopAll() {
    stopServices();
    if (kafka != null) {
      kafka.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  private static void startPostgres() {
    postgres = PostgresServer.start(pgPort, pgData, work.resolve("postgres-bin"));
  }

  private static void startServices(String generation) {
    int registerPort = Processes.freePort();
    int rightsPort = Processes.freePort();
    Map<String, String> extra =
        Map.of("REKISTERI_REGISTER_URL", "http://127.0.0.1:" + registerPort);
    ServiceProcess registerProcess =
        ServiceProcess.start(
            root,
            "register",
            registerPort,
            Processes.freePort(),
            postgres,
            kafka,
            keycloak,
            work.resolve("register-service-" + generation + ".log"),
            extra);
    running.add(registerProcess);
    ServiceProcess rightsProcess =
        ServiceProcess.start(
            root,
            "rights",
            rightsPort,
            Processes.freePort(),
            postgres,
            kafka,
            keycloak,
            work.resolve("rights-service-" + generation + ".log"),
            extra);
    running.add(rightsProcess);
    registerProcess.awaitReady(Duration.ofMinutes(2));
    rightsProcess.awaitReady(Duration.ofMinutes(2));
    register = registerProcess.baseUrl();
    rights = rightsProcess.baseUrl();
  }

  private static void stopServices() {
    for (int i = running.size() - 1; i >= 0; i--) {
      running.get(i).close();
    }
    running.clear();
  }

  private static RequestSpecification as(String user) {
    return given().header("Authorization", Platform.bearer(user)).contentType("application/json");
  }

  private static String createContact(String email) {
    Map<String, Object> body = new HashMap<>();
    body.put("firstName", "Raili");
    body.put("lastName", "Palautus-" + UUID.randomUUID().toString().substring(0, 6));
    body.put("email", email);
    body.put("phone", "040 222 3344");
    body.put(
        "source",
        Map.of("channel", "EMAIL", "collectedAt", Instant.now().minusSeconds(60).toString()));
    return as("sales")
        .body(body)
        .post(register + "/api/v1/contacts")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** An erasure request filed, verified and executed in the rights service, until COMPLETED. */
  private static String eraseThroughRightsService(String email) {
    return executeInRightsService("ERASURE", email);
  }

  private static String executeInRightsService(String type, String email) {
    Map<String, Object> intake = new HashMap<>();
    intake.put("type", type);
    intake.put("channel", "EMAIL");
    intake.put("receivedOn", LocalDate.now(ZoneId.of("Europe/Helsinki")).toString());
    intake.put("language", "fi");
    intake.put("subject", Map.of("email", email));
    intake.put("details", "Pyyntö palautustestissä");
    String id =
        as("dpo")
            .body(intake)
            .post(rights + "/api/v1/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as("dpo")
        .body(Map.of("method", "REGISTER_MATCH", "note", "email matches the register"))
        .post(rights + "/api/v1/requests/{id}/identity", id)
        .then()
        .statusCode(200);
    as("dpo")
        .post(rights + "/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(202)));
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(300))
        .untilAsserted(
            () ->
                as("dpo")
                    .get(rights + "/api/v1/requests/{id}", id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("COMPLETED")));
    return id;
  }

  /** The erasure ledger's records of {@code subjectId}, read from the test broker. */
  private static List<String> ledgerOf(String subjectId, Duration timeout) {
    Properties config = new Properties();
    config.putAll(kafka.adminSettings());
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    List<String> found = new ArrayList<>();
    Instant deadline = Instant.now().plus(timeout);
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
      TopicPartition partition = new TopicPartition("erasure.ledger", 0);
      consumer.assign(List.of(partition));
      consumer.seekToBeginning(List.of(partition));
      while (found.isEmpty() && Instant.now().isBefore(deadline)) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
          if (subjectId.equals(record.key())) {
            found.add(record.value());
          }
        }
      }
    }
    return found;
  }

  private static void assertErased(String contactId, String email) {
    as("dpo").get(register + "/api/v1/contacts/{id}", contactId).then().statusCode(404);
    as("dpo")
        .queryParam("email", email)
        .get(register + "/api/v1/contacts")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));
  }

  private static List<Map<String, Object>> registerReapplied(String subjectId) {
    List<Map<String, Object>> items =
        as("dpo")
            .get(register + "/api/v1/erasures/reapplied")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    return items.stream().filter(i -> subjectId.equals(i.get("subjectId"))).toList();
  }

  /**
   * Runs deploy/local/backup on this test's cluster (online: it runs) without REKISTERI_BACKUP_KEY:
   * it uses the demo key beside the data, says so on stderr, and prints the archive's path last.
   */
  private static Path backupWithTheScript() throws Exception {
    Script backup = script("deploy/local/backup", Map.of());
    assertThat(backup.exitCode()).as(backup.stderr()).isZero();
    assertThat(backup.stderr())
        .contains(
            "REKISTERI_BACKUP_KEY is not set: using the local demo key "
                + work.resolve(BackupKey.DEMO_FILE));
    List<String> lines = backup.stdout().lines().toList();
    Path archive = Path.of(lines.get(lines.size() - 1));
    assertThat(archive).isAbsolute().isRegularFile().hasFileName("archive.enc");
    assertThat(archive.getParent().getParent()).isEqualTo(work.resolve("backups"));
    try (var files = Files.list(archive.getParent())) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
          .as("the backup folder holds the encrypted archive and its manifest, no plain text")
          .containsExactly("archive.enc", "manifest.properties");
    }
    return archive;
  }

  private record Script(int exitCode, String stdout, String stderr) {}

  /** A script of deploy/local on this test's data folder and PostgreSQL port. */
  private static Script script(String path, Map<String, String> env, String... args)
      throws Exception {
    assertThat(root.resolve("deploy/local-stack/target/local-stack.classpath"))
        .as("built by the reactor before this module")
        .exists();
    List<String> command = new ArrayList<>(List.of(root.resolve(path).toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
    builder.environment().remove(BackupKey.VARIABLE);
    builder.environment().remove("REKISTERI_PROFILE");
    builder.environment().put("REKISTERI_DATA_DIR", work.toString());
    builder.environment().put("REKISTERI_BACKUP_DIR", work.resolve("backups").toString());
    builder.environment().put("REKISTERI_PG_PORT", String.valueOf(pgPort));
    builder.environment().putAll(env);
    Path out = Files.createTempFile(work, "script", ".out");
    Path err = Files.createTempFile(work, "script", ".err");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(path + " did not finish within 2 minutes");
    }
    Script result = new Script(process.exitValue(), Files.readString(out), Files.readString(err));
    Files.delete(out);
    Files.delete(err);
    return result;
  }

  /** Every file and folder of the data directory with its size and time: what a restore changes. */
  private static Map<String, String> dataDirectory() throws Exception {
    Map<String, String> tree = new TreeMap<>();
    try (var paths = Files.walk(pgData)) {
      for (Path path : paths.toList()) {
        tree.put(
            pgData.relativize(path).toString(),
            Files.size(path) + " " + Files.getLastModifiedTime(path));
      }
    }
    return tree;
  }

  /**
   * With the cluster stopped: another key, and a copy of the archive with one byte changed, are
   * refused by Backups.restore and by deploy/local/restore, saying which, and the data directory is
   * as it was.
   */
  private static void refusedWithAnotherKeyOrChanged(Path archive, BackupKey demoKey)
      throws Exception {
    Map<String, String> before = dataDirectory();
    BackupKey other = BackupKey.random(BackupKey.VARIABLE);
    String anotherKey =
        "this archive was written with another key (fingerprint "
            + demoKey.fingerprint()
            + "), REKISTERI_BACKUP_KEY has fingerprint "
            + other.fingerprint();
    assertThatThrownBy(() -> Backups.restore(archive, pgData, other)).hasMessage(anotherKey);
    byte[] otherKey = new byte[32];
    new SecureRandom().nextBytes(otherKey);
    String otherKeyBase64 = Base64.getEncoder().encodeToString(otherKey);
    Script wrong =
        script(
            "deploy/local/restore", Map.of(BackupKey.VARIABLE, otherKeyBase64), archive.toString());
    assertThat(wrong.exitCode()).isEqualTo(1);
    assertThat(wrong.stderr())
        .contains("this archive was written with another key (fingerprint " + demoKey.fingerprint())
        .contains(
            "REKISTERI_BACKUP_KEY has fingerprint "
                + BackupKey.parse(otherKeyBase64, BackupKey.VARIABLE).fingerprint())
        .doesNotContain(otherKeyBase64);

    Path changed = work.resolve("changed/" + archive.getParent().getFileName());
    Files.createDirectories(changed);
    for (String file : List.of("archive.enc", "manifest.properties")) {
      Files.copy(archive.resolveSibling(file), changed.resolve(file));
    }
    byte[] bytes = Files.readAllBytes(changed.resolve("archive.enc"));
    bytes[bytes.length / 3] ^= 0x10;
    Files.write(changed.resolve("archive.enc"), bytes);
    assertThatThrownBy(() -> Backups.restore(changed.resolve("archive.enc"), pgData, demoKey))
        .hasMessageStartingWith("the archive was changed after it was written");
    Script tampered = script("deploy/local/restore", Map.of(), changed.toString());
    assertThat(tampered.exitCode()).isEqualTo(1);
    assertThat(tampered.stderr())
        .contains("using the local demo key")
        .contains("error: the archive was changed after it was written");
    assertThat(tampered.stdout()).doesNotContain("restored");

    assertThat(dataDirectory())
        .as("refused restores left the data directory as it was")
        .isEqualTo(before);
    assertThat(pgData.resolveSibling("postgres.restoring")).doesNotExist();
  }

  @Test
  void givenBackupBeforeAnErasure_whenRestore_thenErasedAgainBeforeServingAndStaysErased()
      throws Exception {
    startServices("1");
    String emailA = "before." + UUID.randomUUID() + "@example.fi";
    String emailC = "erased." + UUID.randomUUID() + "@example.fi";
    String contactA = createContact(emailA);
    String contactC = createContact(emailC);
    // C has a stored access copy in the rights service, which knows C from the register's events
    String accessC = executeInRightsService("ACCESS", emailC);
    as("dpo").get(rights + "/api/v1/requests/{id}/package", accessC).then().statusCode(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> as("dpo").get(rights + "/api/v1/subjects/{id}", contactC).then().statusCode(200));

    Path backup = backupWithTheScript();
    BackupKey demoKey = BackupKey.demo(work.resolve(BackupKey.DEMO_FILE));

    String emailB = "after." + UUID.randomUUID() + "@example.fi";
    String contactB = createContact(emailB);
    String requestC = eraseThroughRightsService(emailC);
    assertErased(contactC, emailC);
    List<String> ledger = ledgerOf(contactC, Duration.ofSeconds(30));
    assertThat(ledger).as("the erasure is in the ledger").hasSize(1);
    assertThat(ledger.get(0)).contains(requestC).doesNotContain(emailC).doesNotContain("Raili");

    stopServices();
    postgres.close();
    refusedWithAnotherKeyOrChanged(backup, demoKey);
    Backups.restore(backup, pgData, demoKey);
    startPostgres();
    startServices("2");

    // the first answers of both services already have C erased again
    assertErased(contactC, emailC);
    as("dpo")
        .get(register + "/api/v1/contacts/{id}", contactA)
        .then()
        .statusCode(200)
        .body("email", equalTo(emailA));
    as("dpo").get(register + "/api/v1/contacts/{id}", contactB).then().statusCode(404);
    List<Map<String, Object>> reapplied = registerReapplied(contactC);
    assertThat(reapplied).hasSize(1);
    assertThat(reapplied.get(0)).containsEntry("requestId", requestC);
    // the suppression entry is back: C entered again is recognised as erased
    JsonPath reentered =
        as("sales")
            .body(
                Map.of(
                    "firstName",
                    "Raili",
                    "lastName",
                    "Uudelleen",
                    "email",
                    emailC,
                    "source",
                    Map.of(
                        "channel",
                        "EMAIL",
                        "collectedAt",
                        Instant.now().minusSeconds(5).toString())))
            .post(register + "/api/v1/contacts")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(reentered.getString("suppression")).isEqualTo("ERASED");
    as("sales")
        .delete(register + "/api/v1/contacts/{id}", reentered.getString("id"))
        .then()
        .statusCode(204);
    // what the DPO dashboard shows
    JsonPath dashboard =
        as("dpo")
            .get(rights + "/api/v1/erasures/reapplied")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(dashboard.getBoolean("registerAvailable")).isTrue();
    assertThat(dashboard.getString("rights.lastCheck.checkedAt")).isNotNull();
    assertThat(dashboard.getInt("register.lastCheck.reapplied")).isEqualTo(1);
    assertThat(dashboard.getList("register.items.subjectId")).contains(contactC);
    // the rights service deleted C's stored copy again before it served
    assertThat(dashboard.getInt("rights.lastCheck.reapplied")).isEqualTo(1);
    assertThat(dashboard.getList("rights.items.subjectId")).containsExactly(contactC);
    assertThat(dashboard.getList("rights.items.copiesDeleted")).containsExactly(1);
    as("dpo").get(rights + "/api/v1/requests/{id}/package", accessC).then().statusCode(409);

    // stays erased: another start erases nothing again and serves C as erased
    stopServices();
    startServices("3");
    assertErased(contactC, emailC);
    assertThat(registerReapplied(contactC)).hasSize(1);
    assertThat(
            as("dpo")
                .get(rights + "/api/v1/erasures/reapplied")
                .then()
                .extract()
                .jsonPath()
                .getInt("rights.lastCheck.reapplied"))
        .isZero();
    assertThat(
            as("dpo")
                .get(register + "/api/v1/erasures/reapplied")
                .then()
                .extract()
                .jsonPath()
                .getInt("lastCheck.reapplied"))
        .isZero();
    as("dpo").get(register + "/api/v1/contacts/{id}", contactA).then().statusCode(200);

    // an erasure that has not reached the ledger (Kafka was down) blocks a restore
    stopServices();
    try (Connection connection =
            DriverManager.getConnection(
                postgres.jdbcUrl("register"), "postgres", PostgresServer.SUPERUSER_PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO erasure_ledger_outbox (subject_id, payload, created_at)"
              + " VALUES (gen_random_uuid(), '{}', now())");
    }
    postgres.close();
    assertThatThrownBy(() -> Backups.restore(backup, pgData, demoKey))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("have not reached the erasure ledger");
    startPostgres();
    try (Connection connection =
            DriverManager.getConnection(
                postgres.jdbcUrl("register"), "postgres", PostgresServer.SUPERUSER_PASSWORD);
        Statement statement = connection.createStatement()) {
      assertThat(statement.executeUpdate("DELETE FROM erasure_ledger_outbox"))
          .as("the refused restore left the database as it was")
          .isEqualTo(1);
    }
  }
}
