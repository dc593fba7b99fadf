package fi.rekisteri.register.erasureledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.rekisteri.platform.kafka.KafkaClientSettings;
import fi.rekisteri.platform.ledger.LedgerReader;
import fi.rekisteri.platform.ledger.LedgerSeal;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * The erasure ledger's Kafka topic: one partition, keyed by subject id, compacted (the latest
 * erasure of each subject stays) and deleted after {@code rekisteri.erasure-ledger.retention-days}
 * (README "Backups and the erasure ledger"). The register creates it and keeps its settings.
 */
@ApplicationScoped
public class ErasureLedgerTopic {

  private static final Logger LOG = Logger.getLogger(ErasureLedgerTopic.class);

  private final KafkaClientSettings kafka;
  private final String topic;
  private final int retentionDays;
  private final short replicationFactor;
  private final ObjectMapper mapper;
  private final LedgerSeal seal;

  public ErasureLedgerTopic(
      KafkaClientSettings kafka, ErasureLedgerConfig config, ObjectMapper mapper, LedgerSeal seal) {
    this.kafka = kafka;
    this.topic = config.topic();
    this.retentionDays = config.retentionDays();
    this.replicationFactor = config.replicationFactor();
    this.mapper = mapper;
    this.seal = seal;
  }

  public String name() {
    return topic;
  }

  public int retentionDays() {
    return retentionDays;
  }

  Map<String, String> settings() {
    return Map.of(
        "cleanup.policy",
        "compact,delete",
        "retention.ms",
        String.valueOf(TimeUnit.DAYS.toMillis(retentionDays)));
  }

  /** Creates the topic, or sets its cleanup and retention when it exists. */
  public void ensure(Duration timeout) {
    Properties properties = kafka.properties();
    properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "register-erasure-ledger-admin");
    properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
    properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
    try (Admin admin = Admin.create(properties)) {
      Set<String> names = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!names.contains(topic)) {
        try {
          admin
              .createTopics(List.of(new NewTopic(topic, 1, replicationFactor).configs(settings())))
              .all()
              .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
          LOG.infof("erasure ledger topic %s created", topic);
          return;
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw e;
          }
        }
      }
      List<AlterConfigOp> ops =
          settings().entrySet().stream()
              .map(
                  s ->
                      new AlterConfigOp(
                          new ConfigEntry(s.getKey(), s.getValue()), AlterConfigOp.OpType.SET))
              .toList();
      admin
          .incrementalAlterConfigs(
              Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic), ops))
          .all()
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          "erasure ledger topic " + topic + " not reachable: " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** A producer for the ledger: every entry acknowledged by all in-sync replicas, in order. */
  KafkaProducer<String, String> producer() {
    Properties properties = kafka.properties();
    properties.put(ProducerConfig.CLIENT_ID_CONFIG, "register-erasure-ledger");
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
    properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
    properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
    properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    return new KafkaProducer<>(properties);
  }

  /** What the ledger holds: accepted entries (latest per subject) and the records skipped. */
  public record Ledger(
      List<ErasureLedgerEntry> entries,
      List<JsonNode> unsealed,
      List<LedgerReader.Skipped> skipped) {}

  /**
   * The whole ledger, read from the beginning to the end it had when the read began: the latest
   * accepted entry of each subject, oldest first; records that fail the seal check ({@link
   * LedgerSeal}) are skipped and reported, never applied, and never stop the read. With {@code
   * acceptUnsealed} (the one sealing pass) readable entries written before seals existed count as
   * accepted and are listed in {@code unsealed}. An empty ledger when the topic does not exist yet.
   *
   * @throws IllegalStateException when the broker cannot be read within {@code timeout}
   */
  public Ledger readAll(Duration timeout, boolean acceptUnsealed) {
    LedgerReader.Read read =
        LedgerReader.readAll(
            kafka.get(), topic, "register-erasure-ledger-reader", timeout, seal, acceptUnsealed);
    List<ErasureLedgerEntry> entries = new ArrayList<>();
    List<JsonNode> unsealed = new ArrayList<>();
    List<LedgerReader.Skipped> skipped = new ArrayList<>(read.skipped());
    for (JsonNode node : read.entries()) {
      try {
        entries.add(mapper.treeToValue(node, ErasureLedgerEntry.class));
        if (!node.hasNonNull("signature")) {
          unsealed.add(node);
        }
      } catch (JsonProcessingException | IllegalArgumentException e) {
        // sealed but of a shape this version cannot read: reported, never applied
        skipped.add(new LedgerReader.Skipped(0, -1, "unreadable"));
      }
    }
    return new Ledger(entries, unsealed, skipped);
  }

  /** The entry's JSON sealed with the newest ledger key, as the relay sends it. */
  String seal(String subjectId, String payload) {
    return seal.seal(subjectId, payload);
  }
}
