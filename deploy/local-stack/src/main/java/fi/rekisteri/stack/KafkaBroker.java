package fi.rekisteri.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A single-node KRaft Kafka broker in its own JVM, on 127.0.0.1. */
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
    // the cluster id is fixed so that a restart with kept data finds the same cluster
    return String.join(
        "\n",
        "process.roles=broker,controller",
        "node.id=1",
        "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
        "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
        "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
        "controller.listener.names=CONTROLLER",
        "inter.broker.listener.name=PLAINTEXT",
        "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
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
