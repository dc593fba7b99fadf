package fi.rekisteri.rights.support;

import fi.rekisteri.stack.KafkaBroker;
import fi.rekisteri.stack.KeycloakServer;
import fi.rekisteri.stack.MailServer;
import fi.rekisteri.stack.PostgresServer;
import fi.rekisteri.stack.TestStack;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Real PostgreSQL, Kafka, Keycloak and SMTP/IMAP server (GreenMail) for the rights service's tests,
 * on free ports, and the register replaced by {@link FakeRegister}; the request jobs run every
 * second.
 *
 * <p>Every test class uses this one resource: a second resource class would start a second Quarkus
 * application, whose class loader has its own {@link TestStack} and would try to start a second
 * PostgreSQL in the same directory.
 */
public class RightsStack implements QuarkusTestResourceLifecycleManager {

  private FakeRegister register;
  private static SmtpRelay relay;

  private static synchronized SmtpRelay smtpRelay(int smtpPort) {
    if (relay == null) {
      relay = SmtpRelay.start(smtpPort);
    }
    return relay;
  }

  /** The relay in front of the tests' SMTP server (started with the stack). */
  public static synchronized SmtpRelay smtpRelay() {
    if (relay == null) {
      throw new IllegalStateException("the rights stack has not started");
    }
    return relay;
  }

  @Override
  public Map<String, String> start() {
    PostgresServer postgres = TestStack.postgres();
    postgres.ensureDatabase("rights", "rights", "rights");
    KafkaBroker kafka = TestStack.kafka();
    KeycloakServer keycloak = TestStack.keycloak();
    MailServer mail = TestStack.mail();
    register = FakeRegister.start(keycloak.issuer());
    Map<String, String> config = new HashMap<>();
    config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl("rights"));
    config.put("quarkus.datasource.username", "rights");
    config.put("quarkus.datasource.password", "rights");
    config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
    config.put("quarkus.oidc.auth-server-url", keycloak.issuer());
    config.put("quarkus.rest-client.register.url", register.url());
    config.put("rekisteri.requests.retry-every", "1s");
    config.put("rekisteri.requests.confirm-every", "1s");
    config.put("rekisteri.requests.jobs-delay", "1s");
    config.put("rekisteri.register.retry-backoff", "1s");
    config.put("rekisteri.register.retry-max-backoff", "2s");
    config.put("quarkus.mailer.host", "127.0.0.1");
    // the service reaches the SMTP server through a relay that a test can make stall or refuse
    config.put("quarkus.mailer.port", String.valueOf(smtpRelay(mail.smtpPort()).port()));
    config.put("quarkus.mailer.timeout", "3s");
    config.put("rekisteri.mail.bounces.host", "127.0.0.1");
    config.put("rekisteri.mail.bounces.port", String.valueOf(mail.imapPort()));
    config.put("rekisteri.mail.bounces.ssl", "false");
    config.put("rekisteri.mail.bounces.every", "1s");
    config.put("rekisteri.test.imap-port", String.valueOf(mail.imapPort()));
    return config;
  }

  @Override
  public void stop() {
    // PostgreSQL, Kafka and Keycloak are shared by every test class; TestStack stops them at exit
    if (register != null) {
      register.stop();
    }
  }
}
