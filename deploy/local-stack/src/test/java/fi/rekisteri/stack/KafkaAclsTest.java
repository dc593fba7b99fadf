package fi.rekisteri.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kafka with principals and ACLs (docs/security.md), on a real broker: no anonymous client, no
 * wrong password; the register alone writes its events and the erasure ledger, the rights service
 * reads them and writes only its dead-letter topic and the audit heads; an authenticated principal
 * without ACLs gets nothing. Before the item every one of these calls succeeded.
 */
class KafkaAclsTest {

  private static final String STRANGER = "stranger";
  private static final String STRANGER_PASSWORD = "stranger-password";

  @TempDir static Path tmp;
  private static KafkaBroker kafka;

  @BeforeAll
  static void start() throws Exception {
    kafka =
        new KafkaBroker(
                tmp.resolve("kafka"),
                Processes.freePort(),
                Processes.freePort(),
                Path.of(System.getProperty("rekisteri.kafka.classpath.file")))
            .start();
    try (Admin admin = Admin.create(kafka.adminSettings())) {
      admin
          .alterUserScramCredentials(
              List.of(
                  new UserScramCredentialUpsertion(
                      STRANGER,
                      new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096),
                      STRANGER_PASSWORD)))
          .all()
          .get(30, TimeUnit.SECONDS);
    }
  }

  @AfterAll
  static void stop() {
    if (kafka != null) {
      kafka.close();
    }
  }

  @Test
  void givenNoSasl_whenAnonymousClient_thenGetsNoMetadataAndWritesNothing() {
    Map<String, Object> anonymous = Map.of("bootstrap.servers", kafka.bootstrapServers());

    assertThat(send(anonymous, "contact.events"))
        .as("a PLAINTEXT client on the SASL listener")
        .isInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
    assertThat(partitions(anonymous, "erasure.ledger"))
        .isInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
  }

  @Test
  void givenAWrongPassword_whenRegister_thenRefused() {
    assertThat(send(kafka.clientSettings("register", "rights"), "contact.events"))
        .isInstanceOf(SaslAuthenticationException.class);
    assertThat(partitions(kafka.clientSettings("rights", "trust-me"), "contact.events"))
        .isInstanceOf(SaslAuthenticationException.class);
  }

  @Test
  void givenItsPasswordOverPlain_whenRegister_thenRefused() {
    // PLAIN knows the super user only: a service's password is good for SCRAM alone
    Map<String, Object> plain = new HashMap<>(kafka.adminSettings());
    plain.put(
        "sasl.jaas.config",
        "org.apache.kafka.common.security.plain.PlainLoginModule required"
            + " username=\"register\" password=\"register\";");

    assertThat(send(plain, "contact.events")).isInstanceOf(SaslAuthenticationException.class);
  }

  @Test
  void givenItsOwnTopics_whenRegister_thenWrites() {
    Map<String, Object> register = kafka.serviceSettings("register");

    for (String topic : KafkaAccess.EVENT_TOPICS) {
      assertThat(send(register, topic)).as(topic).isNull();
    }
    assertThat(send(register, KafkaAccess.ERASURE_LEDGER)).isNull();
    assertThat(send(register, KafkaAccess.AUDIT_HEADS)).isNull();
  }

  @Test
  void givenTheRightsDeadLetterTopic_whenRegister_thenRefused() {
    assertThat(send(kafka.serviceSettings("register"), KafkaAccess.RIGHTS_DLQ))
        .isInstanceOf(TopicAuthorizationException.class);
  }

  @Test
  void givenTheRegistersEventsOrTheLedger_whenRights_thenMayNotWrite() {
    Map<String, Object> rights = kafka.serviceSettings("rights");
    assertThat(send(kafka.serviceSettings("register"), "contact.events")).isNull();
    assertThat(send(kafka.serviceSettings("register"), KafkaAccess.ERASURE_LEDGER)).isNull();

    for (String topic : KafkaAccess.EVENT_TOPICS) {
      assertThat(send(rights, topic)).as(topic).isInstanceOf(TopicAuthorizationException.class);
    }
    assertThat(send(rights, KafkaAccess.ERASURE_LEDGER))
        .isInstanceOf(TopicAuthorizationException.class);
  }

  @Test
  void givenTheLedger_whenRights_thenMayNotDeleteNorReconfigureIt() throws Exception {
    assertThat(send(kafka.serviceSettings("register"), KafkaAccess.ERASURE_LEDGER)).isNull();
    Map<String, Object> settings = new HashMap<>(kafka.serviceSettings("rights"));
    settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
    ConfigResource ledger =
        new ConfigResource(ConfigResource.Type.TOPIC, KafkaAccess.ERASURE_LEDGER);
    AlterConfigOp keepForever =
        new AlterConfigOp(new ConfigEntry("retention.ms", "-1"), AlterConfigOp.OpType.SET);
    try (Admin admin = Admin.create(settings)) {
      Throwable deleted =
          cause(
              () ->
                  admin
                      .deleteTopics(List.of(KafkaAccess.ERASURE_LEDGER))
                      .all()
                      .get(30, TimeUnit.SECONDS));
      Throwable reconfigured =
          cause(
              () ->
                  admin
                      .incrementalAlterConfigs(Map.of(ledger, List.of(keepForever)))
                      .all()
                      .get(30, TimeUnit.SECONDS));

      assertThat(deleted).isInstanceOf(TopicAuthorizationException.class);
      assertThat(reconfigured).isInstanceOf(TopicAuthorizationException.class);
    }
  }

  @Test
  void givenTheRegistersTopics_whenRights_thenReadsThem() {
    String value = "read-me-" + UUID.randomUUID();
    Map<String, Object> register = kafka.serviceSettings("register");
    assertThat(send(register, "order.events", value)).isNull();
    assertThat(send(register, KafkaAccess.ERASURE_LEDGER, value)).isNull();

    Map<String, Object> rights = kafka.serviceSettings("rights");
    assertThat(read(rights, "order.events")).contains(value);
    assertThat(read(rights, KafkaAccess.ERASURE_LEDGER)).contains(value);
  }

  @Test
  void givenItsOwnTopics_whenRights_thenWritesThem() {
    Map<String, Object> rights = kafka.serviceSettings("rights");

    assertThat(send(rights, KafkaAccess.RIGHTS_DLQ)).isNull();
    assertThat(send(rights, KafkaAccess.AUDIT_HEADS)).isNull();
  }

  @Test
  void givenItsConsumerGroup_whenRights_thenCommits_andAnotherGroup_thenRefused() {
    assertThat(send(kafka.serviceSettings("register"), "preference.events")).isNull();
    Map<String, Object> rights = kafka.serviceSettings("rights");

    assertThat(commit(rights, KafkaAccess.RIGHTS_GROUP)).isNull();
    assertThat(commit(rights, "someone-elses-group"))
        .isInstanceOf(org.apache.kafka.common.errors.GroupAuthorizationException.class);
  }

  @Test
  void givenNoAcls_whenAuthenticatedStranger_thenGetsNothing() {
    assertThat(send(kafka.serviceSettings("register"), "contact.events")).isNull();
    Map<String, Object> stranger = kafka.clientSettings(STRANGER, STRANGER_PASSWORD);

    assertThat(send(stranger, KafkaAccess.AUDIT_HEADS)).isInstanceOf(AuthorizationException.class);
    assertThat(send(stranger, "contact.events")).isInstanceOf(AuthorizationException.class);
    assertThat(partitions(stranger, "contact.events"))
        .isInstanceOf(TopicAuthorizationException.class);
    assertThat(partitions(stranger, KafkaAccess.ERASURE_LEDGER))
        .isInstanceOf(TopicAuthorizationException.class);
  }

  // --- helpers: each returns what the broker refused (null when the call succeeded)

  private static Throwable send(Map<String, Object> settings, String topic) {
    return send(settings, topic, "{}");
  }

  private static Throwable send(Map<String, Object> settings, String topic, String value) {
    Map<String, Object> config = new HashMap<>(settings);
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    return cause(
        () -> {
          try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, "key", value)).get(30, TimeUnit.SECONDS);
          }
        });
  }

  private static Throwable partitions(Map<String, Object> settings, String topic) {
    return cause(
        () -> {
          try (KafkaConsumer<String, String> consumer = consumer(settings, null)) {
            consumer.partitionsFor(topic, Duration.ofSeconds(10));
          }
        });
  }

  private static List<String> read(Map<String, Object> settings, String topic) {
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = consumer(settings, null)) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))
          && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          values.add(record.value());
        }
      }
    }
    return values;
  }

  private static Throwable commit(Map<String, Object> settings, String group) {
    return cause(
        () -> {
          try (KafkaConsumer<String, String> consumer = consumer(settings, group)) {
            TopicPartition tp = new TopicPartition("preference.events", 0);
            consumer.assign(List.of(tp));
            consumer.commitSync(
                Map.of(tp, new org.apache.kafka.clients.consumer.OffsetAndMetadata(0)),
                Duration.ofSeconds(15));
          }
        });
  }

  private static KafkaConsumer<String, String> consumer(
      Map<String, Object> settings, String group) {
    Map<String, Object> config = new HashMap<>(settings);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    if (group != null) {
      config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    }
    return new KafkaConsumer<>(config);
  }

  private interface Call {
    void run() throws Exception;
  }

  /** What the call threw, unwrapped from the futures' ExecutionException; null when none. */
  private static Throwable cause(Call call) {
    try {
      call.run();
      return null;
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (Exception e) {
      return e.getCause() instanceof ExecutionException ? e.getCause().getCause() : e;
    }
  }
}
