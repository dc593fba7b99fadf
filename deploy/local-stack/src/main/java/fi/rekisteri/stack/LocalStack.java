package fi.rekisteri.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local run behind {@code deploy/local/up}: PostgreSQL, the mail server, Kafka, Keycloak and
 * both services, in that order, on fixed loopback ports (overridable by environment). Stays until
 * SIGINT/SIGTERM, then stops everything it started, in reverse order.
 */
public final class LocalStack {

  private final Path root;
  private final Path dataDir;
  private final Map<String, String> env;
  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private final PrintStream out = System.out;

  private LocalStack(Path root, Map<String, String> env) {
    this.root = root;
    this.env = env;
    this.dataDir =
        Path.of(
                env.getOrDefault(
                    "REKISTERI_DATA_DIR", root.resolve("deploy/local/.data").toString()))
            .toAbsolutePath();
  }

  public static void main(String[] args) throws Exception {
    Path root = Path.of(System.getProperty("rekisteri.root", ".")).toAbsolutePath().normalize();
    LocalStack stack = new LocalStack(root, System.getenv());
    Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-stop"));
    try {
      stack.run();
    } catch (RuntimeException e) {
      System.err.println("local stack failed: " + e.getMessage());
      System.exit(1);
    }
    Thread.currentThread().join();
  }

  private int port(String name, int fallback) {
    return Integer.parseInt(env.getOrDefault(name, String.valueOf(fallback)));
  }

  private void run() throws IOException {
    Files.createDirectories(dataDir);
    Files.deleteIfExists(dataDir.resolve("ready"));
    Files.writeString(dataDir.resolve("stack.pid"), String.valueOf(ProcessHandle.current().pid()));
    if (env.getOrDefault(BackupKey.VARIABLE, "").isBlank()) {
      // the demo key of deploy/local/backup and restore: generated once, beside (never inside)
      // the backup folder; the variable replaces it
      BackupKey.demo(dataDir.resolve(BackupKey.DEMO_FILE));
    }

    int pgPort = port("REKISTERI_PG_PORT", 15432);
    int kafkaPort = port("REKISTERI_KAFKA_PORT", 19092);
    int kafkaControllerPort = port("REKISTERI_KAFKA_CONTROLLER_PORT", 19093);
    int keycloakPort = port("REKISTERI_KEYCLOAK_PORT", 8180);
    int keycloakManagementPort = port("REKISTERI_KEYCLOAK_MANAGEMENT_PORT", 8190);
    int registerPort = port("REKISTERI_REGISTER_PORT", 8081);
    int rightsPort = port("REKISTERI_RIGHTS_PORT", 8082);
    int registerManagementPort = port("REKISTERI_REGISTER_MANAGEMENT_PORT", 9081);
    int rightsManagementPort = port("REKISTERI_RIGHTS_MANAGEMENT_PORT", 9082);
    int smtpPort = port("REKISTERI_SMTP_PORT", 3025);
    int imapPort = port("REKISTERI_IMAP_PORT", 3143);
    for (int p :
        new int[] {
          pgPort,
          kafkaPort,
          keycloakPort,
          registerPort,
          rightsPort,
          registerManagementPort,
          rightsManagementPort,
          smtpPort,
          imapPort
        }) {
      if (Processes.portOpen(p)) {
        throw new IllegalStateException(
            "port " + p + " on 127.0.0.1 is already in use (is the stack already running?)");
      }
    }

    long t0 = System.nanoTime();
    out.println("PostgreSQL 17 on 127.0.0.1:" + pgPort + " ...");
    PostgresServer postgres =
        PostgresServer.start(pgPort, dataDir.resolve("postgres"), dataDir.resolve("postgres-bin"));
    started.push(postgres);
    postgres.ensureDatabase("register", "register", "register");
    postgres.ensureDatabase("rights", "rights", "rights");

    out.println("Mail (SMTP 127.0.0.1:" + smtpPort + ", IMAP 127.0.0.1:" + imapPort + ") ...");
    MailServer mail = MailServer.start(smtpPort, imapPort);
    started.push(mail);

    out.println("Kafka (KRaft) on 127.0.0.1:" + kafkaPort + " ...");
    KafkaBroker kafka =
        new KafkaBroker(
            dataDir.resolve("kafka"),
            kafkaPort,
            kafkaControllerPort,
            root.resolve("deploy/distributions/kafka-broker/target/kafka.classpath"));
    started.push(kafka);
    kafka.start();

    out.println("Keycloak " + Versions.KEYCLOAK + " on 127.0.0.1:" + keycloakPort + " ...");
    KeycloakServer keycloak =
        new KeycloakServer(
            KeycloakServer.distribution(root.resolve(".cache"), Versions.KEYCLOAK),
            dataDir.resolve("keycloak.log"),
            keycloakPort,
            keycloakManagementPort);
    started.push(keycloak);
    keycloak.start(root.resolve("deploy/keycloak/rekisteri-realm.json"), Duration.ofMinutes(5));

    // REKISTERI_REPLICAS=n: n instances of each service on the same PostgreSQL, Kafka and Keycloak,
    // instance i (from 0) on the base ports + 2i (register 8081, 8083, ...; rights 8082, 8084,
    // ...);
    // the first instance of each starts alone first (Flyway, demo data), the others after it
    int replicas = port("REKISTERI_REPLICAS", 1);
    if (replicas < 1 || replicas > 4) {
      throw new IllegalStateException("REKISTERI_REPLICAS must be 1 to 4, not " + replicas);
    }
    for (int i = 1; i < replicas; i++) {
      for (int p :
          new int[] {
            registerPort + 2 * i,
            rightsPort + 2 * i,
            registerManagementPort + 2 * i,
            rightsManagementPort + 2 * i
          }) {
        if (Processes.portOpen(p)) {
          throw new IllegalStateException("port " + p + " on 127.0.0.1 is already in use");
        }
      }
    }
    for (int i = 0; i < replicas; i++) {
      Map<String, ServiceProcess> services = new LinkedHashMap<>();
      for (String service : List.of("register", "rights")) {
        int port = (service.equals("register") ? registerPort : rightsPort) + 2 * i;
        int managementPort =
            (service.equals("register") ? registerManagementPort : rightsManagementPort) + 2 * i;
        out.println(
            service
                + "-service on 127.0.0.1:"
                + port
                + " (health, metrics: 127.0.0.1:"
                + managementPort
                + ") ...");
        ServiceProcess process =
            ServiceProcess.start(
                root,
                service,
                port,
                managementPort,
                postgres,
                kafka,
                keycloak,
                dataDir.resolve(service + "-service" + (i == 0 ? "" : "-" + (i + 1)) + ".log"),
                Map.of(
                    "REKISTERI_REGISTER_URL",
                    "http://127.0.0.1:" + (registerPort + 2 * i),
                    "REKISTERI_DEMO_DATA",
                    String.valueOf(i == 0),
                    "REKISTERI_SMTP_HOST",
                    "127.0.0.1",
                    "REKISTERI_SMTP_PORT",
                    String.valueOf(smtpPort),
                    "REKISTERI_IMAP_PORT",
                    String.valueOf(imapPort),
                    "REKISTERI_MAIL_LINK_BASE",
                    "http://127.0.0.1:" + rightsPort,
                    "REKISTERI_NOTICE_LINK_BASE",
                    "http://127.0.0.1:" + registerPort));
        started.push(process);
        services.put(service, process);
      }
      for (ServiceProcess service : services.values()) {
        service.awaitReady(Duration.ofMinutes(2));
      }
    }
    long seconds = Duration.ofNanos(System.nanoTime() - t0).toSeconds();
    Files.writeString(dataDir.resolve("ready"), String.valueOf(seconds));
    printSummary(seconds, pgPort, kafkaPort, keycloak, registerPort, rightsPort, mail);
  }

  private void printSummary(
      long seconds,
      int pgPort,
      int kafkaPort,
      KeycloakServer keycloak,
      int registerPort,
      int rightsPort,
      MailServer mail) {
    String token =
        "TOKEN=$(curl -s -d grant_type=password -d client_id=rekisteri-api -d username=dpo"
            + " -d password=dpo "
            + keycloak.issuer()
            + "/protocol/openid-connect/token | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')";
    out.println();
    out.println("Everything is ready (" + seconds + " s). Data and logs: " + dataDir);
    out.println("  PostgreSQL       127.0.0.1:" + pgPort + "  databases register, rights");
    out.println(
        "  Kafka            127.0.0.1:"
            + kafkaPort
            + "  (SASL: register/register and rights/rights with SCRAM-SHA-512, admin/admin with"
            + " PLAIN; no anonymous client)");
    out.println("  Keycloak         " + keycloak.baseUrl() + "  (admin console: admin/admin)");
    out.println("    issuer         " + keycloak.issuer());
    out.println(
        "  register-service http://127.0.0.1:"
            + registerPort
            + "  (/q/openapi; health and metrics on the management port)");
    out.println(
        "  rights-service   http://127.0.0.1:"
            + rightsPort
            + "  (pages / and /me/, /q/openapi; health and metrics on the management port)");
    out.println(
        "  Mail             SMTP 127.0.0.1:"
            + mail.smtpPort()
            + ", IMAP 127.0.0.1:"
            + mail.imapPort()
            + "  (demo: any IMAP login reads the mailbox of the address it names;"
            + " nothing leaves this machine)");
    out.println("  Demo users (password = user name): sales, accounting, dpo, admin, maija, matti");
    out.println();
    out.println("Get a token and call both services:");
    out.println("  " + token);
    out.println(
        "  curl -H \"Authorization: Bearer $TOKEN\" http://127.0.0.1:"
            + registerPort
            + "/api/v1/contacts");
    out.println(
        "  curl -H \"Authorization: Bearer $TOKEN\" http://127.0.0.1:"
            + rightsPort
            + "/api/v1/requests");
    out.println();
    out.println("Stop with Ctrl-C (or deploy/local/down when started with --detach).");
    out.flush();
  }

  private synchronized void stop() {
    while (!started.isEmpty()) {
      try {
        started.pop().close();
      } catch (Exception e) {
        System.err.println("while stopping: " + e.getMessage());
      }
    }
    try {
      Files.deleteIfExists(dataDir.resolve("ready"));
      Files.deleteIfExists(dataDir.resolve("stack.pid"));
    } catch (IOException e) {
      System.err.println("while cleaning up: " + e.getMessage());
    }
  }
}
