package fi.rekisteri.platform.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/**
 * How every Kafka client of a service reaches the broker: the address and the sign-in, the same for
 * the messaging channels (which read {@code kafka.*} themselves) and for the clients the code
 * builds by hand (the erasure ledger, the audit heads). That is {@code kafka.bootstrap.servers} and
 * every {@code kafka.security.*}, {@code kafka.sasl.*} and {@code kafka.ssl.*} setting: by default
 * SASL/SCRAM-SHA-512 as the service's own principal ({@code rekisteri.kafka.username}) with the
 * password {@code rekisteri.kafka.password} ({@code REKISTERI_KAFKA_PASSWORD}, a required secret);
 * the broker refuses anonymous clients and the ACLs give each principal only its topics
 * (docs/security.md).
 */
@ApplicationScoped
public class KafkaClientSettings {

  static final String PREFIX = "kafka.";
  static final String ENVIRONMENT_PREFIX = "KAFKA_";

  private final Map<String, Object> settings;

  public KafkaClientSettings(Config config) {
    this.settings = Map.copyOf(of(config));
  }

  /** The settings without the {@code kafka.} prefix, as a client's configuration takes them. */
  public Map<String, Object> get() {
    return settings;
  }

  /** A new client configuration holding these settings, for the caller to add its own to. */
  public Properties properties() {
    Properties properties = new Properties();
    properties.putAll(settings);
    return properties;
  }

  /**
   * The connection and security settings of {@code config}, without the {@code kafka.} prefix; a
   * setting given only as an environment variable ({@code KAFKA_SSL_TRUSTSTORE_LOCATION}) counts as
   * its property ({@code ssl.truststore.location}), as for the messaging channels.
   */
  public static Map<String, Object> of(Config config) {
    Map<String, Object> settings = new HashMap<>();
    for (String name : config.getPropertyNames()) {
      String key;
      if (name.startsWith(PREFIX)) {
        key = name.substring(PREFIX.length());
      } else if (name.startsWith(ENVIRONMENT_PREFIX)) {
        key =
            name.substring(ENVIRONMENT_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
      } else {
        continue;
      }
      if (key.equals("bootstrap.servers")
          || key.startsWith("security.")
          || key.startsWith("sasl.")
          || key.startsWith("ssl.")) {
        config.getOptionalValue(name, String.class).ifPresent(value -> settings.put(key, value));
      }
    }
    return settings;
  }
}
