package fi.rekisteri.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** One of our Quarkus services, run from its built fast-jar in its own JVM. */
public final class ServiceProcess implements AutoCloseable {

  /** The API port of each service this JVM started, and which service it is. */
  private static final Map<Integer, String> STARTED = new ConcurrentHashMap<>();

  /** Whether this JVM printed which JVM the services run on (once). */
  private static final AtomicBoolean NOTICE_PRINTED = new AtomicBoolean();

  /** One training run at a time: a second instance of the same service then finds the cache. */
  private static final Object TRAINING = new Object();

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
    Path app = jar.getParent();
    ServiceJvm jvm = ServiceJvm.current();
    if (NOTICE_PRINTED.compareAndSet(false, true)) {
      System.out.println(jvm.notice());
    }
    List<String> command = new ArrayList<>();
    command.add(jvm.java().toString());
    command.addAll(jvm.options());
    if (jvm.appCds() && Files.exists(app.resolve("app-cds.jsa"))) {
      command.add("-XX:SharedArchiveFile=app-cds.jsa");
    }
    if (jvm.aotCache()) {
      Path cache = aotCache(name, app, jvm, command, config, log, port, managementPort, keycloak);
      if (cache != null) {
        command.add("-XX:AOTCache=" + cache);
      }
    }
    command.add("-jar");
    command.add(jar.getFileName().toString());
    Process process = Processes.start(command, app, log, config);
    STARTED.put(port, name);
    return new ServiceProcess(name, port, managementPort, process);
  }

  /** Authenticated reads of each service that a training run sends (no writes). */
  private static final Map<String, List<String>> TRAINING_PATHS =
      Map.of(
          "register",
          List.of(
              "/api/v1/contacts?limit=1",
              "/api/v1/organisations?limit=1",
              "/api/v1/orders?limit=1",
              "/api/v1/invoices?limit=1"),
          "rights",
          List.of("/api/v1/requests?limit=1"));

  private static final int TRAINING_ROUNDS = 20;

  /**
   * The AOT cache for this jar and JVM: the one made before, or one made now by a training run (the
   * service started with {@code -XX:AOTCacheOutput}, the same options, environment and ports, until
   * ready; a few authenticated reads; SIGTERM, after which the JVM writes the cache). Null when the
   * training run fails: the service then starts without one (never a failed start).
   */
  private static Path aotCache(
      String name,
      Path app,
      ServiceJvm jvm,
      List<String> command,
      Map<String, String> config,
      Path log,
      int port,
      int managementPort,
      KeycloakServer keycloak) {
    synchronized (TRAINING) {
      Path cache;
      try {
        cache = AotCache.file(app, name, jvm);
      } catch (RuntimeException e) {
        System.out.println(
            "no AOT cache for "
                + name
                + "-service ("
                + e.getMessage()
                + "); it starts without one");
        return null;
      }
      if (Files.isRegularFile(cache)) {
        return cache;
      }
      System.out.println(
          "making the JDK "
              + jvm.major()
              + " AOT cache for "
              + name
              + "-service (first start after a build or on another JDK; about a minute on 2"
              + " cores) ...");
      long t0 = System.nanoTime();
      Path output = cache.resolveSibling(cache.getFileName() + ".training");
      Process training = null;
      try {
        Files.deleteIfExists(output);
        List<String> trainingCommand = new ArrayList<>(command);
        trainingCommand.add("-XX:AOTCacheOutput=" + output);
        trainingCommand.add("-jar");
        trainingCommand.add("quarkus-run.jar");
        Files.createDirectories(log.getParent());
        Files.writeString(
            log,
            "--- AOT training run (" + String.join(" ", trainingCommand) + ")\n",
            java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.APPEND);
        training = Processes.start(trainingCommand, app, log, config);
        Process running = training;
        String management = "http://127.0.0.1:" + managementPort;
        Processes.await(
            name + "-service (AOT training run)",
            running,
            Duration.ofMinutes(3),
            () -> Processes.httpOk(management + "/q/health/ready"));
        String token = keycloak == null ? null : Processes.demoToken(keycloak.issuer(), "dpo");
        for (int round = 0; round < TRAINING_ROUNDS; round++) {
          for (String path : TRAINING_PATHS.getOrDefault(name, List.of())) {
            Processes.httpGet("http://127.0.0.1:" + port + path, token);
          }
          Processes.httpOk(management + "/q/health/ready");
          Processes.httpOk(management + "/q/metrics");
        }
        // SIGTERM: the JVM writes the cache at exit (a second JVM assembles it)
        training.destroy();
        if (!training.waitFor(5, TimeUnit.MINUTES)) {
          throw new IllegalStateException("it did not exit within 5 minutes of SIGTERM");
        }
        if (!Files.isRegularFile(output) || Files.size(output) == 0) {
          throw new IllegalStateException(
              "it wrote no cache (exit code " + training.exitValue() + ")");
        }
        Files.move(output, cache, StandardCopyOption.ATOMIC_MOVE);
        AotCache.removeOthers(app, name, cache);
        System.out.printf(
            "%s-service's AOT cache made in %d s (%d MiB, %s)%n",
            name,
            Duration.ofNanos(System.nanoTime() - t0).toSeconds(),
            Files.size(cache) >> 20,
            cache.getFileName());
        return cache;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        System.out.println(
            "AOT training run of the " + name + " interrupted; it starts without one");
        return null;
      } catch (IOException | RuntimeException e) {
        System.out.println(
            "the AOT training run of "
                + name
                + "-service failed ("
                + e.getMessage()
                + ", see "
                + log
                + "); it starts without an AOT cache");
        return null;
      } finally {
        if (training != null) {
          Processes.stopTree(training.toHandle(), Duration.ofSeconds(5));
        }
        try {
          Files.deleteIfExists(output);
        } catch (IOException e) {
          // a left-over training output is never used
        }
      }
    }
  }

  /**
   * The services' JVM options on the stack's own java: {@link ServiceJvm#DEFAULT_JAVA_OPTIONS}, or
   * {@code REKISTERI_SERVICE_JAVA_OPTS}, which replaces them. The JVM and its options actually used
   * are {@link ServiceJvm#current()}.
   */
  public static final String DEFAULT_JAVA_OPTIONS = ServiceJvm.DEFAULT_JAVA_OPTIONS;

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
