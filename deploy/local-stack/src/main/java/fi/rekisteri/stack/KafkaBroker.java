package fi.rekisteri.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A single-node KRaft Kafka broker in its own JVM, on 127.0.0.1. Every listener asks for a password
 * (SASL; no anonymous connection) and an ACL for every operation ({@link KafkaAccess}): clients on
 * {@link #port()} with SCRAM-SHA-512 (the services) or PLAIN (the super user {@code admin} only);
 * the controller listener with PLAIN, {@code admin} only: in KRaft the SCRAM credentials live in
 * the metadata the controller serves, so the controller's own listener cannot use them.
 */
public final class KafkaBroker implements AutoCloseable {

  private static final String STARTED = "Kafka Server started";
  private static final String CLUSTER_ID = "MkU3OEVBNTcwNTJENDM2Qg";

  private final Path home;
  private final int port;
  private final int controllerPort;
  private final String classpath;
  private Process process;

  public KafkaBroker(Path home, int port, int controllerPort, Path classpathFile) {
    this.home = home;
    this.port = port;
    this.controllerPort = controllerPort;
    try {
      this.classpath = Files.readString(classpathFile).trim();
    } catch (IOException e) {
      throw new IllegalStateException(
          "Kafka classpath missing at "
              + classpathFile
              + "; build the project first (./mvnw install -DskipTests)",
          e);
    }
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  /** A client of this broker signed in as the super user (test tooling, never the services). */
  public Map<String, Object> adminSettings() {
    return KafkaAccess.admin(bootstrapServers());
  }

  /** A client of this broker signed in as {@code user} with SCRAM-SHA-512. */
  public Map<String, Object> clientSettings(String user, String password) {
    return KafkaAccess.client(bootstrapServers(), user, password);
  }

  /**
   * For a test: a principal {@code user} with {@code password} and every ACL of {@code service}
   * ("register", "rights"), for a service started with a Kafka password of its own.
   */
  public void addPrincipalLike(String user, String password, String service) {
    KafkaAccess.addPrincipalLike(bootstrapServers(), user, password, service);
  }

  /** For a test: {@code user} may also consume as the consumer group {@code group}. */
  public void allowGroup(String user, String group) {
    KafkaAccess.allowGroup(bootstrapServers(), user, group);
  }

  /** A client of this broker signed in as a service's principal, with its demo password. */
  public Map<String, Object> serviceSettings(String service) {
    return clientSettings(service, KafkaAccess.DEMO_PASSWORDS.get(service));
  }

  /** Formats the storage on first use, then starts the broker and waits until it serves. */
  public KafkaBroker start() {
    try {
      Path logDir = home.resolve("data");
      Path properties = home.resolve("server.properties");
      Files.createDirectories(logDir);
      Files.writeString(properties, serverProperties(logDir));
      Path log = home.resolve("broker.log");
      if (!Files.exists(logDir.resolve("meta.properties"))) {
        Process format =
            Processes.start(
                List.of(
                    Processes.javaBinary(),
                    "-cp",
                    classpath,
                    "kafka.tools.StorageTool",
                    "format",
                    "-t",
                    CLUSTER_ID,
                    "-c",
                    properties.toString()),
                home,
                log,
                Map.of());
        if (format.waitFor() != 0) {
          throw new IllegalStateException("Kafka storage format failed; see " + log);
        }
      }
      long logSize = Files.exists(log) ? Files.size(log) : 0;
      process =
          Processes.start(
              List.of(
                  Processes.javaBinary(),
                  "-Xmx512m",
                  "-XX:+UseSerialGC",
                  "-XX:TieredStopAtLevel=1",
                  "-cp",
                  classpath,
                  "kafka.Kafka",
                  properties.toString()),
              home,
              log,
              Map.of());
      Processes.await(
          "Kafka broker",
          process,
          Duration.ofSeconds(90),
          () -> startedSince(log, logSize) && Processes.portOpen(port));
      KafkaAccess.grant(bootstrapServers());
      return this;
    } catch (IOException e) {
      throw new IllegalStateException("Kafka broker did not start", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static boolean startedSince(Path log, long offset) {
    try {
      String text = Files.readString(log);
      return text.length() > offset && text.substring((int) offset).contains(STARTED);
    } catch (IOException e) {
      return false;
    }
  }

  public ProcessHandle handle() {
    return process == null ? null : process.toHandle();
  }

  /** Stops the broker the hard way, like a crash; {@link #start()} brings it back. */
  public void kill() {
    if (process != null) {
      process.destroyForcibly();
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    if (process != null) {
      Processes.stopTree(process.toHandle(), Duration.ofSeconds(20));
    }
  }

  private String serverProperties(Path logDir) {
    String plain =
        "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
            + KafkaAccess.ADMIN
            + "\" password=\""
            + KafkaAccess.ADMIN_PASSWORD
            + "\" user_"
            + KafkaAccess.ADMIN
            + "=\""
            + KafkaAccess.ADMIN_PASSWORD
            + "\";";
    // the cluster id is fixed so that a restart with kept data finds the same cluster
    return String.join(
        "\n",
        "process.roles=broker,controller",
        "node.id=1",
        "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
        "listeners=CLIENT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
        "advertised.listeners=CLIENT://127.0.0.1:" + port,
        "controller.listener.names=CONTROLLER",
        "inter.broker.listener.name=CLIENT",
        "listener.security.protocol.map=CONTROLLER:SASL_PLAINTEXT,CLIENT:SASL_PLAINTEXT",
        // the services: SCRAM (credentials in the cluster metadata, KafkaAccess); the super user:
        // PLAIN, its password only in this file, on both listeners (broker to controller too)
        "listener.name.client.sasl.enabled.mechanisms=" + KafkaAccess.MECHANISM + ",PLAIN",
        "listener.name.client.scram-sha-512.sasl.jaas.config="
            + "org.apache.kafka.common.security.scram.ScramLoginModule required;",
        "listener.name.client.plain.sasl.jaas.config=" + plain,
        "sasl.mechanism.inter.broker.protocol=PLAIN",
        "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
        "listener.name.controller.plain.sasl.jaas.config=" + plain,
        "sasl.mechanism.controller.protocol=PLAIN",
        "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
        "allow.everyone.if.no.acl.found=false",
        "super.users=User:" + KafkaAccess.ADMIN,
        "log.dirs=" + logDir,
        "num.partitions=3",
        "offsets.topic.replication.factor=1",
        "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1",
        "share.coordinator.state.topic.replication.factor=1",
        "share.coordinator.state.topic.min.isr=1",
        "group.initial.rebalance.delay.ms=0",
        "auto.create.topics.enable=true",
        "log.cleaner.backoff.ms=1000",
        "");
  }
}
