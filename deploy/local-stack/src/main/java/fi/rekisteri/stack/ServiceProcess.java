package fi.rekisteri.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One of our Quarkus services, run from its built fast-jar in its own JVM. */
public final class ServiceProcess implements AutoCloseable {

  /** The API port of each service this JVM started, and which service it is. */
  private static final Map<Integer, String> STARTED = new ConcurrentHashMap<>();

  private final String name;
  private final int port;
  private final int managementPort;
  private final Process process;

  private ServiceProcess(String name, int port, int managementPort, Process process) {
    this.name = name;
    this.port = port;
    this.managementPort = managementPort;
    this.process = process;
  }

  /**
   * Starts {@code <name>-service} from {@code root} with the infrastructure's addresses; returns at
   * once, see {@link #awaitReady(Duration)}. Health and metrics are served on {@code
   * managementPort} (the services' management interface, 127.0.0.1), the API on {@code port}.
   */
  public static ServiceProcess start(
      Path root,
      String name,
      int port,
      int managementPort,
      PostgresServer postgres,
      KafkaBroker kafka,
      KeycloakServer keycloak,
      Path log,
      Map<String, String> extra) {
    Path jar = root.resolve(name + "-service/target/quarkus-app/quarkus-run.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " missing; build the project first");
    }
    Map<String, String> config = new HashMap<>();
    // the local stack's own profile: it accepts the demo secrets below, which the production
    // profile refuses (the platform's RequiredSettings)
    config.put("QUARKUS_PROFILE", "local");
    config.put("QUARKUS_HTTP_HOST", "127.0.0.1");
    config.put("QUARKUS_HTTP_PORT", String.valueOf(port));
    config.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
    config.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
    config.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(name));
    config.put("QUARKUS_DATASOURCE_USERNAME", name);
    config.put("QUARKUS_DATASOURCE_PASSWORD", name);
    // the audit table's owner (PostgresServer.ensureDatabase creates it; demo password = its name)
    config.put("QUARKUS_DATASOURCE_AUDITOWNER_USERNAME", PostgresServer.auditOwner(name));
    config.put("QUARKUS_DATASOURCE_AUDITOWNER_PASSWORD", PostgresServer.auditOwner(name));
    // the demo realm's and the local stack's own values, passed explicitly: the services have no
    // secret defaults outside dev and test (each only its own: in the register, which has no OIDC
    // client, QUARKUS_OIDC_CLIENT_... would read as an OIDC tenant named "client")
    if (name.equals("rights")) {
      config.put("QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET", "rights-service-secret");
      config.put(
          "QUARKUS_OIDC_WEB_CREDENTIALS_SECRET", "rekisteri-web-demo-secret-for-local-use-only");
      config.put(
          "QUARKUS_OIDC_WEB_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET",
          "rekisteri-session-cookie-demo-secret-for-local-use-only");
      // the HMAC key of the one-time identity codes (only their keyed hash is stored)
      config.put("REKISTERI_IDENTITY_CODE_KEY", "local-demo-identity-code-key-change-me");
    } else {
      config.put("REKISTERI_SUPPRESSION_KEYS", "1:local-demo-suppression-key-change-me");
    }
    // both services: the register seals erasure-ledger entries with it, both verify them; and
    // the audit chains' published heads are signed with the second
    config.put("REKISTERI_ERASURE_LEDGER_KEYS", "1:local-demo-ledger-key-change-me");
    config.put("REKISTERI_AUDIT_HEAD_KEYS", "1:local-demo-audit-head-key-change-me");
    config.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
    // the service's own Kafka principal (KafkaAccess; demo password = its name)
    config.put("REKISTERI_KAFKA_PASSWORD", KafkaAccess.DEMO_PASSWORDS.get(name));
    config.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.issuer());
    config.putAll(extra);
    // run from the application's directory: the AppCDS archive the build made there names its
    // class path relative to it (quarkus-run.jar), and the JVM ignores it from anywhere else
    List<String> command = new ArrayList<>();
    command.add(Processes.javaBinary());
    command.addAll(javaOptions());
    if (Files.exists(jar.resolveSibling("app-cds.jsa"))) {
      command.add("-XX:SharedArchiveFile=app-cds.jsa");
    }
    command.add("-jar");
    command.add(jar.getFileName().toString());
    Process process = Processes.start(command, jar.getParent(), log, config);
    STARTED.put(port, name);
    return new ServiceProcess(name, port, managementPort, process);
  }

  /**
   * The services' JVM options, chosen by measurement (deploy/bench/run, part 5): a small initial
   * heap that grows to at most 256 MiB, the serial collector, and C1 only. Against C2 this took a
   * third off the resident memory and about a second off the start at the same write throughput
   * (reads about 10 to 20 % slower). {@code REKISTERI_SERVICE_JAVA_OPTS} replaces them.
   */
  static List<String> javaOptions() {
    String options = System.getenv("REKISTERI_SERVICE_JAVA_OPTS");
    if (options == null || options.isBlank()) {
      options = DEFAULT_JAVA_OPTIONS;
    }
    return List.of(options.trim().split("\\s+"));
  }

  public static final String DEFAULT_JAVA_OPTIONS =
      "-Xms32m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

  public ServiceProcess awaitReady(Duration timeout) {
    Processes.await(
        name + "-service",
        process,
        timeout,
        () -> Processes.httpOk(managementUrl() + "/q/health/ready"));
    return this;
  }

  /**
   * Which service ("register", "rights") this JVM started with its API on {@code port}; or null.
   */
  public static String serviceOn(int port) {
    return STARTED.get(port);
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** The management interface: {@code /q/health}, {@code /q/metrics}. */
  public String managementUrl() {
    return "http://127.0.0.1:" + managementPort;
  }

  public ProcessHandle handle() {
    return process.toHandle();
  }

  @Override
  public void close() {
    Processes.stopTree(process.toHandle(), Duration.ofSeconds(20));
  }
}
