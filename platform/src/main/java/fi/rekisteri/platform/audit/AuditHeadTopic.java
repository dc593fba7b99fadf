package fi.rekisteri.platform.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.rekisteri.platform.kafka.KafkaClientSettings;
import fi.rekisteri.platform.ledger.LedgerKeyring;
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
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Kafka topic the audit chains' heads are published to ({@code rekisteri.audit.heads.topic},
 * {@code audit.heads}): one partition, keyed by chain (the service and its database), records
 * deleted after {@code rekisteri.audit.heads.retention-days}, replicated {@code
 * rekisteri.audit.heads.replication-factor} times (1 locally, 3 in production). Only the latest
 * accepted head of a chain matters; it is found by reading the topic backwards from its end, a
 * window at a time, so a read stays short however long the topic is. Records that fail their
 * signature check ({@link AuditHead#check}) are skipped and counted, never trusted.
 */
@ApplicationScoped
public class AuditHeadTopic {

  public static final String KEYS = "rekisteri.audit.head-keys";
  static final int WINDOW = 200;
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** The latest accepted head of a chain (null when none), and the refused records after it. */
  public record Latest(AuditHead head, int refused) {}

  private final KafkaClientSettings kafka;
  private final String topic;
  private final int retentionDays;
  private final short replicationFactor;
  private final Config config;
  private final ObjectMapper mapper;
  private volatile LedgerKeyring keyring;

  public AuditHeadTopic(
      KafkaClientSettings kafka,
      @ConfigProperty(name = "rekisteri.audit.heads.topic", defaultValue = "audit.heads")
          String topic,
      @ConfigProperty(name = "rekisteri.audit.heads.retention-days", defaultValue = "30")
          int retentionDays,
      @ConfigProperty(name = "rekisteri.audit.heads.replication-factor", defaultValue = "1")
          short replicationFactor,
      Config config,
      ObjectMapper mapper) {
    this.kafka = kafka;
    this.topic = topic;
    this.retentionDays = retentionDays;
    this.replicationFactor = replicationFactor;
    this.config = config;
    this.mapper = mapper;
  }

  public String name() {
    return topic;
  }

  /** The keyring of {@code rekisteri.audit.head-keys} (RequiredSettings names it when missing). */
  LedgerKeyring keyring() {
    if (keyring == null) {
      keyring = LedgerKeyring.parse(KEYS, config.getOptionalValue(KEYS, String.class).orElse(""));
    }
    return keyring;
  }

  /** Creates the topic unless it exists. */
  public void ensure() {
    Properties properties = kafka.properties();
    properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
    properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
    try (Admin admin = Admin.create(properties)) {
      Set<String> names = admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      if (names.contains(topic)) {
        return;
      }
      admin
          .createTopics(
              List.of(
                  new NewTopic(topic, 1, replicationFactor)
                      .configs(
                          Map.of(
                              "cleanup.policy",
                              "delete",
                              "retention.ms",
                              String.valueOf(TimeUnit.DAYS.toMillis(retentionDays))))))
          .all()
          .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("audit heads topic " + topic + " not creatable", e);
      }
    } catch (TimeoutException | KafkaException e) {
      throw new IllegalStateException("audit heads topic " + topic + " not reachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Publishes the head, sealed with the newest key; returns once the broker acknowledged it. */
  public void publish(AuditHead head) {
    send(head.chain(), head.seal(keyring(), mapper));
  }

  /** Writes a raw record (the publisher's {@link #publish}, and tests forging one). */
  public void send(String key, String value) {
    Properties properties = kafka.properties();
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) TIMEOUT.toMillis());
    properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
    properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis() * 2);
    properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties)) {
      producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException | KafkaException e) {
      throw new IllegalStateException(
          "audit head not published to " + topic + ": " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * The latest accepted head of {@code chain}: in the newest window of the topic that holds an
   * accepted record of it, the one published last (a replayed older head does not displace it).
   *
   * @throws IllegalStateException when the topic cannot be read
   */
  public Latest latest(String chain) {
    Properties properties = kafka.properties();
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    properties.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
    properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, WINDOW);
    properties.put(
        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    properties.put(
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    LedgerKeyring keys = keyring();
    long deadline = System.nanoTime() + TIMEOUT.toNanos() * 3;
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
      List<PartitionInfo> partitions = consumer.partitionsFor(topic, TIMEOUT);
      AuditHead best = null;
      int refused = 0;
      for (PartitionInfo partition : partitions == null ? List.<PartitionInfo>of() : partitions) {
        TopicPartition tp = new TopicPartition(topic, partition.partition());
        consumer.assign(List.of(tp));
        long begin = consumer.beginningOffsets(List.of(tp)).get(tp);
        long end = consumer.endOffsets(List.of(tp)).get(tp);
        while (end > begin) {
          long start = Math.max(begin, end - WINDOW);
          List<ConsumerRecord<String, String>> window = read(consumer, tp, start, end, deadline);
          AuditHead found = null;
          int refusedInWindow = 0;
          int refusedAfterFound = 0;
          for (ConsumerRecord<String, String> record : window) {
            if (!chain.equals(record.key())) {
              continue;
            }
            AuditHead.Verdict verdict = AuditHead.check(record.key(), record.value(), keys, mapper);
            if (verdict.accepted()) {
              if (found == null || !verdict.head().at().isBefore(found.at())) {
                found = verdict.head();
                refusedAfterFound = 0;
              }
            } else {
              refusedInWindow++;
              refusedAfterFound++;
            }
          }
          if (found != null) {
            refused += refusedAfterFound;
            if (best == null || found.at().isAfter(best.at())) {
              best = found;
            }
            break;
          }
          refused += refusedInWindow;
          end = start;
        }
      }
      return new Latest(best, refused);
    } catch (KafkaException e) {
      throw new IllegalStateException(
          "audit heads topic " + topic + " not readable: " + e.getClass().getSimpleName(), e);
    }
  }

  private static List<ConsumerRecord<String, String>> read(
      KafkaConsumer<String, String> consumer,
      TopicPartition tp,
      long start,
      long end,
      long deadline) {
    consumer.seek(tp, start);
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    while (consumer.position(tp) < end) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("audit heads not read to their end in time");
      }
      for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
        if (record.offset() < end) {
          records.add(record);
        }
      }
    }
    return records;
  }
}
