package fi.rekisteri.register.support;

import fi.rekisteri.stack.KafkaBroker;
import fi.rekisteri.stack.KeycloakServer;
import fi.rekisteri.stack.MailServer;
import fi.rekisteri.stack.PostgresServer;
import fi.rekisteri.stack.TestStack;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Real PostgreSQL, Kafka, Keycloak and SMTP/IMAP server (GreenMail) for the register's tests, on
 * free ports.
 */
public class RegisterStack implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    PostgresServer postgres = TestStack.postgres();
    postgres.ensureDatabase("register", "register", "register");
    KafkaBroker kafka = TestStack.kafka();
    KeycloakServer keycloak = TestStack.keycloak();
    MailServer mail = TestStack.mail();
    return Map.of(
        "quarkus.mailer.host", "127.0.0.1",
        "quarkus.mailer.port", String.valueOf(mail.smtpPort()),
        "quarkus.datasource.jdbc.url", postgres.jdbcUrl("register"),
        "quarkus.datasource.username", "register",
        "quarkus.datasource.password", "register",
        "kafka.bootstrap.servers", kafka.bootstrapServers(),
        "quarkus.oidc.auth-server-url", keycloak.issuer());
  }

  @Override
  public void stop() {
    // shared by every test class of this JVM; TestStack stops it at exit
  }
}
