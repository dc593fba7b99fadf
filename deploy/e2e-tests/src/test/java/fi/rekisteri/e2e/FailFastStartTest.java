package fi.rekisteri.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fi.rekisteri.stack.KafkaBroker;
import fi.rekisteri.stack.KeycloakServer;
import fi.rekisteri.stack.PostgresServer;
import fi.rekisteri.stack.Processes;
import fi.rekisteri.stack.ServiceProcess;
import fi.rekisteri.stack.TestStack;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The built services: without their secrets they refuse to start and name every missing setting (an
 * empty environment variable counts as not set); under the production profile the demo secrets that
 * the repository ships (which the local stack's profile "local" accepts) are refused, each named,
 * none of their values printed; and the refusal comes before the service connects to anything
 * (database, Kafka, Keycloak all point at one loopback listener that counts who knocks).
 */
class FailFastStartTest {

  private static String startWithout(String name, Map<String, String> unset) throws Exception {
    Path root = Path.of(System.getProperty("rekisteri.root", "../..")).toAbsolutePath();
    Path work = Path.of(System.getProperty("rekisteri.work.dir", "target/stack")).toAbsolutePath();
    Files.createDirectories(work);
    PostgresServer postgres = TestStack.postgres();
    postgres.ensureDatabase(name, name, name);
    KafkaBroker kafka = TestStack.kafka();
    KeycloakServer keycloak = TestStack.keycloak();
    Path log = work.resolve(name + "-service-without-secrets.log");
    // each start reads only its own output (the process appends to the file)
    Files.deleteIfExists(log);
    ServiceProcess service =
        ServiceProcess.start(
            root,
            name,
            Processes.freePort(),
            Processes.freePort(),
            postgres,
            kafka,
            keycloak,
            log,
            unset);
    try {
      boolean exited = service.handle().onExit().get(120, TimeUnit.SECONDS) != null;
      assertThat(exited).as(name + "-service exits by itself").isTrue();
    } finally {
      service.close();
    }
    return read(log);
  }

  private static String read(Path log) throws IOException {
    return Files.readString(log);
  }

  @Test
  void givenNoSecrets_whenRegister_thenRefusesToStartNamingEach() throws Exception {
    String output =
        startWithout(
            "register",
            Map.of(
                "QUARKUS_DATASOURCE_PASSWORD",
                "",
                "QUARKUS_DATASOURCE_AUDITOWNER_PASSWORD",
                "",
                "REKISTERI_SUPPRESSION_KEYS",
                "",
                "REKISTERI_KAFKA_PASSWORD",
                ""));

    assertThat(output)
        .contains("Missing required settings")
        .contains("QUARKUS_DATASOURCE_PASSWORD")
        .contains("QUARKUS_DATASOURCE_AUDITOWNER_PASSWORD")
        .contains("REKISTERI_SUPPRESSION_KEYS")
        .contains("REKISTERI_KAFKA_PASSWORD");
  }

  @Test
  void givenNoSecrets_whenRights_thenRefusesToStartNamingEach() throws Exception {
    String output =
        startWithout(
            "rights",
            Map.of(
                "QUARKUS_DATASOURCE_PASSWORD",
                "",
                "QUARKUS_DATASOURCE_AUDITOWNER_PASSWORD",
                "",
                "QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET",
                "",
                "QUARKUS_OIDC_WEB_CREDENTIALS_SECRET",
                "",
                "REKISTERI_KAFKA_PASSWORD",
                ""));

    assertThat(output)
        .contains("Missing required settings")
        .contains("REKISTERI_KAFKA_PASSWORD")
        .contains("QUARKUS_DATASOURCE_PASSWORD")
        .contains("QUARKUS_DATASOURCE_AUDITOWNER_PASSWORD")
        .contains("QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET")
        .contains("QUARKUS_OIDC_WEB_CREDENTIALS_SECRET");
  }

  @Test
  void givenTheShippedDemoSecretsUnderProd_whenRegister_thenRefusesToStartNamingEach()
      throws Exception {
    String output = startWithout("register", Map.of("QUARKUS_PROFILE", "prod"));

    assertThat(output)
        .contains("Refused settings")
        .contains("QUARKUS_DATASOURCE_PASSWORD")
        .contains("QUARKUS_DATASOURCE_AUDITOWNER_PASSWORD")
        .contains("REKISTERI_SUPPRESSION_KEYS")
        .contains("REKISTERI_KAFKA_PASSWORD")
        .contains("REKISTERI_ERASURE_LEDGER_KEYS")
        .contains("REKISTERI_AUDIT_HEAD_KEYS")
        .doesNotContain("local-demo-suppression-key-change-me");
  }

  @Test
  void givenTheShippedDemoSecretsUnderProd_whenRights_thenRefusesToStartNamingEach()
      throws Exception {
    String output = startWithout("rights", Map.of("QUARKUS_PROFILE", "prod"));

    assertThat(output)
        .contains("Refused settings")
        .contains("QUARKUS_DATASOURCE_PASSWORD")
        .contains("QUARKUS_DATASOURCE_AUDITOWNER_PASSWORD")
        .contains("QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET")
        .contains("QUARKUS_OIDC_WEB_CREDENTIALS_SECRET")
        .contains("QUARKUS_OIDC_WEB_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET")
        .contains("REKISTERI_KAFKA_PASSWORD")
        .contains("REKISTERI_ERASURE_LEDGER_KEYS")
        .contains("REKISTERI_AUDIT_HEAD_KEYS")
        .contains("REKISTERI_IDENTITY_CODE_KEY")
        .doesNotContain("rights-service-secret")
        .doesNotContain("rekisteri-web-demo-secret-for-local-use-only");
  }

  @Test
  void givenRefusedSecretsUnderProd_whenBothServices_thenRefuseBeforeConnectingToAnything()
      throws Exception {
    for (String name : new String[] {"register", "rights"}) {
      try (ServerSocket listener =
          new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
        AtomicInteger knocks = new AtomicInteger();
        Thread acceptor =
            new Thread(
                () -> {
                  while (!listener.isClosed()) {
                    try (Socket ignored = listener.accept()) {
                      knocks.incrementAndGet();
                    } catch (IOException e) {
                      return;
                    }
                  }
                });
        acceptor.setDaemon(true);
        acceptor.start();
        String address = "127.0.0.1:" + listener.getLocalPort();
        Map<String, String> settings = new HashMap<>();
        settings.put("QUARKUS_PROFILE", "prod");
        settings.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://" + address + "/" + name);
        settings.put("KAFKA_BOOTSTRAP_SERVERS", address);
        settings.put("QUARKUS_OIDC_AUTH_SERVER_URL", "http://" + address + "/realms/rekisteri");
        String output = startWithout(name, settings);
        listener.close();
        acceptor.join(5_000);

        assertThat(output)
            .as(name)
            .contains("Refused settings")
            .contains("QUARKUS_DATASOURCE_PASSWORD");
        assertThat(knocks.get()).as(name + " connected to nothing before refusing").isZero();
      }
    }
  }
}
