package fi.rekisteri.rights.support;

import fi.rekisteri.stack.KafkaBroker;
import fi.rekisteri.stack.KeycloakServer;
import fi.rekisteri.stack.PostgresServer;
import fi.rekisteri.stack.TestStack;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Real PostgreSQL, Kafka and Keycloak for the rights service's tests, on free ports. */
public class RightsStack implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    PostgresServer postgres = TestStack.postgres();
    postgres.ensureDatabase("rights", "rights", "rights");
    KafkaBroker kafka = TestStack.kafka();
    KeycloakServer keycloak = TestStack.keycloak();
    return Map.of(
        "quarkus.datasource.jdbc.url", postgres.jdbcUrl("rights"),
        "quarkus.datasource.username", "rights",
        "quarkus.datasource.password", "rights",
        "kafka.bootstrap.servers", kafka.bootstrapServers(),
        "quarkus.oidc.auth-server-url", keycloak.issuer());
  }

  @Override
  public void stop() {
    // shared by every test class of this JVM; TestStack stops it at exit
  }
}
