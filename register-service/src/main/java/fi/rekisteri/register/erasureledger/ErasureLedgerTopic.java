package fi.rekisteri.register.erasureledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The erasure ledger's Kafka topic: one partition, keyed by subject id, compacted (the latest
 * erasure of each subject stays) and deleted after {@code rekisteri.erasure-ledger.retention-days}
 * (README "Backups and the erasure ledger"). The register creates it and keeps its settings.
 */
@ApplicationScoped
public class ErasureLedgerTopic {

  private static final Logger LOG = Logger.getLogger(ErasureLedgerTopic.class);

  private final String bootstrapServers;
  private final String topic;
  private final int retentionDays;
  private final short replicationFactor;
  private final ObjectMapper mapper;

  public ErasureLedgerTopic(
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
      @ConfigProperty(name = "rekisteri.erasure-ledger.topic") String topic,
      @ConfigProperty(name = "rekisteri.erasure-ledger.retention-days") int retentionDays,
      @ConfigProperty(name = "rekisteri.erasure-ledger.replication-factor") short replicationFactor,
      ObjectMapper mapper) {
    this.bootstrapServers = bootstrapServers;
    this.topic = topic;
    this.retentionDays = retentionDays;
    this.replicationFactor = replicationFactor;
    this.mapper = mapper;
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
    Properties properties = new Properties();
    properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
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
    Properties properties = new Properties();
    properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
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

  /**
   * The whole ledger, read from the beginning to the end it had when the read began: the latest
   * entry of each subject, oldest first. An empty list when the topic does not exist yet.
   *
   * @throws IllegalStateException when the broker cannot be read within {@code timeout}
   */
  public List<ErasureLedgerEntry> readAll(Duration timeout) {
    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "register-erasure-ledger-reader");
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    properties.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
    properties.put(
        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    properties.put(
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    Instant deadline = Instant.now().plus(timeout);
    Map<String, String> latest = new LinkedHashMap<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
      List<PartitionInfo> partitions = consumer.partitionsFor(topic, timeout);
      if (partitions == null || partitions.isEmpty()) {
        return List.of();
      }
      List<TopicPartition> assigned =
          partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(assigned);
      consumer.seekToBeginning(assigned);
      Map<TopicPartition, Long> end = consumer.endOffsets(assigned, timeout);
      while (assigned.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("erasure ledger not read to its end in time");
        }
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          latest.remove(record.key());
          if (record.value() != null) {
            latest.put(record.key(), record.value());
          }
        }
      }
    } catch (org.apache.kafka.common.KafkaException e) {
      throw new IllegalStateException(
          "erasure ledger " + topic + " not readable: " + e.getClass().getSimpleName(), e);
    }
    List<ErasureLedgerEntry> entries = new ArrayList<>();
    for (Map.Entry<String, String> record : latest.entrySet()) {
      try {
        entries.add(mapper.readValue(record.getValue(), ErasureLedgerEntry.class));
      } catch (JsonProcessingException e) {
        // a record this version cannot read is a bug to fix before serving, not one to skip
        throw new IllegalStateException(
            "erasure ledger entry of subject " + record.getKey() + " not readable", e);
      }
    }
    return entries;
  }
}
