package fi.rekisteri.e2e;

import fi.rekisteri.stack.KafkaBroker;
import fi.rekisteri.stack.KeycloakServer;
import fi.rekisteri.stack.PostgresServer;
import fi.rekisteri.stack.Processes;
import fi.rekisteri.stack.ServiceProcess;
import fi.rekisteri.stack.TestStack;
import fi.rekisteri.stack.TestTokens;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Both services from their built jars on the shared test infrastructure, started once per JVM. */
public final class Platform {

  private static ServiceProcess register;
  private static ServiceProcess rights;

  private Platform() {}

  public static synchronized void start() {
    if (register != null) {
      return;
    }
    Path root = Path.of(System.getProperty("rekisteri.root", "../..")).toAbsolutePath();
    Path work = Path.of(System.getProperty("rekisteri.work.dir", "target/stack")).toAbsolutePath();
    PostgresServer postgres = TestStack.postgres();
    postgres.ensureDatabase("register", "register", "register");
    postgres.ensureDatabase("rights", "rights", "rights");
    KafkaBroker kafka = TestStack.kafka();
    KeycloakServer keycloak = TestStack.keycloak();
    int registerPort = Processes.freePort();
    int rightsPort = Processes.freePort();
    // the rights service's letters and codes go to the tests' GreenMail (the register sends none);
    // the Art. 18(3) notice names today as the day a restriction ends, so that a lift reaches
    // the register within the test (the default is 14 days' notice)
    Map<String, String> extra =
        Map.of(
            "REKISTERI_REGISTER_URL",
            "http://127.0.0.1:" + registerPort,
            "REKISTERI_SMTP_PORT",
            String.valueOf(TestStack.mail().smtpPort()),
            "REKISTERI_IMAP_PORT",
            String.valueOf(TestStack.mail().imapPort()),
            "REKISTERI_RESTRICTION_LIFT_NOTICE_DAYS",
            "0");
    register =
        ServiceProcess.start(
            root,
            "register",
            registerPort,
            Processes.freePort(),
            postgres,
            kafka,
            keycloak,
            work.resolve("register-service.log"),
            extra);
    rights =
        ServiceProcess.start(
            root,
            "rights",
            rightsPort,
            Processes.freePort(),
            postgres,
            kafka,
            keycloak,
            work.resolve("rights-service.log"),
            extra);
    ServiceProcess startedRegister = register;
    ServiceProcess startedRights = rights;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  startedRights.close();
                  startedRegister.close();
                }));
    register.awaitReady(Duration.ofMinutes(2));
    rights.awaitReady(Duration.ofMinutes(2));
  }

  public static String register() {
    start();
    return register.baseUrl();
  }

  public static String rights() {
    start();
    return rights.baseUrl();
  }

  public static String bearer(String user) {
    return "Bearer " + TestTokens.user(user);
  }
}
