package fi.rekisteri.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docker-compose grants the services the same Kafka ACLs as the local stack: {@code
 * deploy/kafka/compose.sh grant} names exactly {@link KafkaAccess#acls()}, and the compose file
 * refuses anonymous clients on every listener.
 */
class ComposeKafkaAclsTest {

  private static final Path ROOT = Path.of(System.getProperty("rekisteri.root", "../.."));
  private static final Pattern ACL =
      Pattern.compile("^\\s*acl (\\w+) --(topic|group) (\\S+) (.+)$", Pattern.MULTILINE);
  private static final Pattern LOOP = Pattern.compile("for aggregate in ([a-z ]+); do");

  @Test
  void givenTheComposeScript_whenGrant_thenTheLocalStacksAcls() throws IOException {
    String script = Files.readString(ROOT.resolve("deploy/kafka/compose.sh"));
    Matcher loop = LOOP.matcher(script);
    assertThat(loop.find()).isTrue();
    List<String> aggregates = List.of(loop.group(1).trim().split(" "));
    List<String> granted = new ArrayList<>();
    Matcher acl = ACL.matcher(script);
    while (acl.find()) {
      String name = acl.group(3).replace("\"", "");
      List<String> names =
          name.startsWith("$aggregate")
              ? aggregates.stream().map(a -> name.replace("$aggregate", a)).toList()
              : List.of(name);
      for (String resource : names) {
        for (String operation : acl.group(4).trim().split("\\s+")) {
          granted.add(
              "User:"
                  + acl.group(1)
                  + " "
                  + acl.group(2).toUpperCase(Locale.ROOT)
                  + " "
                  + resource
                  + " "
                  + operation.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
        }
      }
    }

    List<String> expected =
        KafkaAccess.acls().stream()
            .map(
                b ->
                    b.entry().principal()
                        + " "
                        + b.pattern().resourceType()
                        + " "
                        + b.pattern().name()
                        + " "
                        + b.entry().operation())
            .toList();
    assertThat(granted).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void givenTheBroker_whenCompose_thenNoPlaintextListenerAndAnAuthorizer() throws IOException {
    String compose = Files.readString(ROOT.resolve("docker-compose.yml"));

    assertThat(compose)
        .contains(
            "KAFKA_LISTENER_SECURITY_PROTOCOL_MAP:"
                + " CONTROLLER:SASL_PLAINTEXT,INTERNAL:SASL_PLAINTEXT,EXTERNAL:SASL_PLAINTEXT")
        .contains(
            "KAFKA_AUTHORIZER_CLASS_NAME: org.apache.kafka.metadata.authorizer.StandardAuthorizer")
        .contains("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND: \"false\"")
        .contains("REKISTERI_KAFKA_PASSWORD: ${REGISTER_KAFKA_PASSWORD:-register}")
        .contains("REKISTERI_KAFKA_PASSWORD: ${RIGHTS_KAFKA_PASSWORD:-rights}");
  }
}
