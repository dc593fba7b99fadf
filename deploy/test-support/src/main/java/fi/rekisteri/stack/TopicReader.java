package fi.rekisteri.stack;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads whole topics of the test broker from the beginning, without a consumer group, as the super
 * user (test tooling sees every topic; the services' principals do not).
 */
public final class TopicReader {

  private TopicReader() {}

  /** Polls until {@code done} holds for the records read so far, or the timeout passes. */
  public static List<ConsumerRecord<String, String>> readUntil(
      List<String> topics, Duration timeout, Predicate<List<ConsumerRecord<String, String>>> done) {
    return readUntil(TestStack.kafka().bootstrapServers(), topics, timeout, done);
  }

  /** As {@link #readUntil(List, Duration, Predicate)}, from the broker at {@code bootstrap}. */
  public static List<ConsumerRecord<String, String>> readUntil(
      String bootstrap,
      List<String> topics,
      Duration timeout,
      Predicate<List<ConsumerRecord<String, String>>> done) {
    Properties config = new Properties();
    config.putAll(KafkaAccess.admin(bootstrap));
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
      Instant deadline = Instant.now().plus(timeout);
      List<TopicPartition> partitions = new ArrayList<>();
      // a topic may not exist yet (created by the first record sent to it): wait for it
      for (String topic : topics) {
        List<org.apache.kafka.common.PartitionInfo> found = List.of();
        while (found.isEmpty() && Instant.now().isBefore(deadline)) {
          found = consumer.partitionsFor(topic, Duration.ofSeconds(5));
          if (found.isEmpty()) {
            Processes.sleep(250);
          }
        }
        found.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
      }
      if (partitions.isEmpty()) {
        return records;
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      while (Instant.now().isBefore(deadline) && !done.test(records)) {
        consumer.poll(Duration.ofMillis(300)).forEach(records::add);
      }
    }
    return records;
  }
}
