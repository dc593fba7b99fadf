package fi.rekisteri.rights.support;

import fi.rekisteri.stack.TestStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sends raw records to the test broker, as the register's relay would. */
public final class EventProducer {

  /** The register's event contract, from the rights-service module directory. */
  private static final Path CONTRACTS = Path.of("../register-service/src/main/resources/contracts");

  private EventProducer() {}

  /**
   * A golden example of the register's contract ({@code examples/<name>}), about {@code subjectId}
   * and with {@code eventId}.
   */
  public static String example(String name, UUID subjectId, UUID eventId) {
    try {
      return Files.readString(CONTRACTS.resolve("examples").resolve(name))
          .replace("11111111-1111-1111-1111-111111111111", subjectId.toString())
          .replace("22222222-2222-2222-2222-222222222222", eventId.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** As the register's Kafka principal: the only one that may write the register's topics. */
  public static void send(String topic, String key, String value) {
    Properties config = new Properties();
    config.putAll(TestStack.kafka().serviceSettings("register"));
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
      producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("could not send to " + topic, e);
    }
  }
}
