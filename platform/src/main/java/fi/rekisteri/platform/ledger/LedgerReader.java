package fi.rekisteri.platform.ledger;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.jboss.logging.Logger;

/**
 * Reads the whole erasure ledger, from the beginning to the end it had when the read began: the
 * latest accepted entry of each subject, oldest first. A record that {@link LedgerSeal} refuses is
 * skipped and reported (partition, offset and reason only: a forged record's key or body may hold
 * anything, so neither is repeated), and never displaces an accepted entry of the same key.
 */
public final class LedgerReader {

  /** One record the reader skipped. */
  public record Skipped(int partition, long offset, String reason) {}

  /** How many records a read skipped, and the first {@link #SHOWN} of them to show the DPO. */
  public record Skips(int count, List<Skipped> shown) {

    public static final int SHOWN = 100;

    /** The report of {@code skipped}, with one warning in the log when there are any. */
    public static Skips of(List<Skipped> skipped) {
      if (!skipped.isEmpty()) {
        LOG.warnf(
            "erasure ledger: %d records skipped, never applied (forged, unsigned, unreadable or"
                + " tombstones; GET /api/v1/erasures/reapplied lists them)",
            skipped.size());
      }
      return new Skips(
          skipped.size(), List.copyOf(skipped.subList(0, Math.min(skipped.size(), SHOWN))));
    }
  }

  private static final Logger LOG = Logger.getLogger(LedgerReader.class);

  /** The accepted entries (latest per subject, oldest first) and the skipped records. */
  public record Read(List<JsonNode> entries, List<Skipped> skipped) {}

  private LedgerReader() {}

  /**
   * @param clientSettings the broker's address and the sign-in ({@code KafkaClientSettings})
   * @throws IllegalStateException when the broker cannot be read within {@code timeout}; never for
   *     a record's content
   */
  public static Read readAll(
      Map<String, Object> clientSettings,
      String topic,
      String clientId,
      Duration timeout,
      LedgerSeal seal,
      boolean acceptUnsealed) {
    Properties properties = new Properties();
    properties.putAll(clientSettings);
    properties.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    properties.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
    properties.put(
        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    properties.put(
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    Instant deadline = Instant.now().plus(timeout);
    Map<String, JsonNode> latest = new LinkedHashMap<>();
    List<Skipped> skipped = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
      List<PartitionInfo> partitions = consumer.partitionsFor(topic, timeout);
      if (partitions == null || partitions.isEmpty()) {
        return new Read(List.of(), List.of());
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
          LedgerSeal.Verdict verdict = seal.check(record.key(), record.value(), acceptUnsealed);
          if (verdict.accepted()) {
            latest.remove(record.key());
            latest.put(record.key(), verdict.entry());
          } else {
            skipped.add(new Skipped(record.partition(), record.offset(), verdict.refusal()));
          }
        }
      }
    } catch (KafkaException e) {
      throw new IllegalStateException(
          "erasure ledger " + topic + " not readable: " + e.getClass().getSimpleName(), e);
    }
    return new Read(List.copyOf(latest.values()), List.copyOf(skipped));
  }
}
