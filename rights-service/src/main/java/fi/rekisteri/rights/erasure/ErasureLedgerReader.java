package fi.rekisteri.rights.erasure;

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
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the whole erasure ledger, without a consumer group, from the beginning to the end it had
 * when the read began. The register owns the topic; a topic that does not exist yet is an empty
 * ledger.
 */
@ApplicationScoped
public class ErasureLedgerReader {

  private final String bootstrapServers;
  private final String topic;
  private final ObjectMapper mapper;

  public ErasureLedgerReader(
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
      @ConfigProperty(name = "rekisteri.erasure-ledger.topic") String topic,
      ObjectMapper mapper) {
    this.bootstrapServers = bootstrapServers;
    this.topic = topic;
    this.mapper = mapper;
  }

  public String topic() {
    return topic;
  }

  /**
   * The latest entry of each subject, oldest first.
   *
   * @throws IllegalStateException when the broker cannot be read within {@code timeout}
   */
  public List<ErasureLedgerEntry> readAll(Duration timeout) {
    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "rights-erasure-ledger-reader");
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
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
    } catch (KafkaException e) {
      throw new IllegalStateException(
          "erasure ledger " + topic + " not readable: " + e.getClass().getSimpleName(), e);
    }
    List<ErasureLedgerEntry> entries = new ArrayList<>();
    for (Map.Entry<String, String> record : latest.entrySet()) {
      try {
        entries.add(mapper.readValue(record.getValue(), ErasureLedgerEntry.class));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(
            "erasure ledger entry of subject " + record.getKey() + " not readable", e);
      }
    }
    return entries;
  }
}
