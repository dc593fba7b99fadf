package fi.rekisteri.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The clients the services build by hand sign in as the messaging channels do: the address and
 * every security, SASL and TLS setting under {@code kafka.}, the password expanded, nothing else.
 */
class KafkaClientSettingsTest {

  private static SmallRyeConfig config(Map<String, String> properties) {
    return new SmallRyeConfigBuilder()
        .addDefaultInterceptors()
        .withSources(new PropertiesConfigSource(properties, "test", 100))
        .build();
  }

  @Test
  void givenTheServicesSettings_whenOf_thenAddressAndSignInWithThePassword() {
    SmallRyeConfig config =
        config(
            Map.of(
                "kafka.bootstrap.servers", "broker:9092",
                "kafka.security.protocol", "SASL_SSL",
                "kafka.sasl.mechanism", "SCRAM-SHA-512",
                "kafka.sasl.jaas.config",
                    "Scram required password=\"${rekisteri.kafka.password}\";",
                "rekisteri.kafka.password", "s3cret",
                "kafka.ssl.truststore.location", "/etc/kafka/ca.p12",
                "kafka.group.id", "not-a-connection-setting",
                "rekisteri.other", "x"));

    assertThat(KafkaClientSettings.of(config))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "bootstrap.servers", "broker:9092",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "Scram required password=\"s3cret\";",
                "ssl.truststore.location", "/etc/kafka/ca.p12"));
  }

  @Test
  void givenAnEnvironmentVariableOnly_whenOf_thenItsProperty() {
    SmallRyeConfig config =
        config(
            Map.of(
                "KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/kafka/ca.p12",
                "KAFKA_HOME", "/opt/kafka"));

    assertThat(KafkaClientSettings.of(config))
        .containsExactlyEntriesOf(Map.of("ssl.truststore.location", "/etc/kafka/ca.p12"));
  }
}
