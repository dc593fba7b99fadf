package fi.rekisteri.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The infrastructure the tests of one JVM share: started on free ports on first use, stopped when
 * the JVM exits. Nothing is shared with a running local stack.
 */
public final class TestStack {

  private static PostgresServer postgres;
  private static KafkaBroker kafka;
  private static KeycloakServer keycloak;
  private static MailServer mail;

  private TestStack() {}

  private static Path workDir() {
    return Path.of(System.getProperty("rekisteri.work.dir", "target/stack")).toAbsolutePath();
  }

  public static synchronized PostgresServer postgres() {
    if (postgres == null) {
      Path dir = workDir().resolve("postgres-" + ProcessHandle.current().pid());
      postgres =
          PostgresServer.start(
              Processes.freePort(), dir.resolve("data"), dir.resolve("bin"), false);
      PostgresServer started = postgres;
      Runtime.getRuntime().addShutdownHook(new Thread(started::close));
    }
    return postgres;
  }

  public static synchronized KafkaBroker kafka() {
    if (kafka == null) {
      Path classpath =
          Path.of(
              System.getProperty(
                  "rekisteri.kafka.classpath.file",
                  "../deploy/distributions/kafka-broker/target/kafka.classpath"));
      kafka =
          new KafkaBroker(
                  workDir().resolve("kafka-" + ProcessHandle.current().pid()),
                  Processes.freePort(),
                  Processes.freePort(),
                  classpath)
              .start();
      KafkaBroker started = kafka;
      Runtime.getRuntime().addShutdownHook(new Thread(started::close));
    }
    return kafka;
  }

  /** The SMTP and IMAP server (GreenMail) on free ports of 127.0.0.1. */
  public static synchronized MailServer mail() {
    if (mail == null) {
      mail = MailServer.start(Processes.freePort(), Processes.freePort());
      MailServer started = mail;
      Runtime.getRuntime().addShutdownHook(new Thread(started::close));
    }
    return mail;
  }

  public static synchronized KeycloakServer keycloak() {
    if (keycloak == null) {
      Path cache = Path.of(System.getProperty("rekisteri.cache.dir", "../.cache"));
      Path realm =
          forTestPorts(
              Path.of(
                  System.getProperty(
                      "rekisteri.realm.file", "../deploy/keycloak/rekisteri-realm.json")));
      keycloak =
          new KeycloakServer(
                  KeycloakServer.distribution(cache, Versions.KEYCLOAK),
                  workDir().resolve("keycloak-" + ProcessHandle.current().pid() + ".log"),
                  Processes.freePort(),
                  Processes.freePort())
              .start(realm, Duration.ofMinutes(4));
      KeycloakServer started = keycloak;
      Runtime.getRuntime().addShutdownHook(new Thread(started::close));
    }
    return keycloak;
  }

  /**
   * The demo realm with the pages' client (rekisteri-web) accepting every redirect address: the
   * services under test listen on free ports, not on 8082. Only the tests' Keycloak gets this copy.
   */
  private static Path forTestPorts(Path realm) {
    try {
      String text = Files.readString(realm);
      String redirects = text.replace("\"http://127.0.0.1:8082/*\"", "\"*\"");
      // every sign-out address of the pages ("+": the same as the redirect addresses)
      String patched =
          redirects.replaceAll(
              "\"post\\.logout\\.redirect\\.uris\": \"[^\"]*\"",
              "\"post.logout.redirect.uris\": \"+\"");
      if (redirects.equals(text) || patched.equals(redirects)) {
        throw new IllegalStateException("the realm's rekisteri-web redirect addresses changed");
      }
      Path copy = workDir().resolve("rekisteri-realm-for-tests.json");
      Files.writeString(copy, patched);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
