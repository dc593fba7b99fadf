package fi.rekisteri.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RequiredSettingsTest {

  private static final List<String> NAMES = List.of("quarkus.datasource.password", "a.secret");

  static List<String> shipped() {
    return RequiredSettings.SHIPPED.stream().sorted().toList();
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void givenAShippedValueUnderProd_whenProblems_thenRefusedByNameWithoutTheValue(String value) {
    Map<String, String> values =
        Map.of("quarkus.datasource.password", "own-" + value, "a.secret", value);

    List<String> problems =
        RequiredSettings.problems(NAMES, name -> Optional.ofNullable(values.get(name)), true);

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0))
        .startsWith("Refused settings")
        .contains("a.secret (A_SECRET)")
        .doesNotContain("quarkus.datasource.password")
        .doesNotContain(": " + value);
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void givenAShippedValueUnderTheLocalProfile_whenProblems_thenAccepted(String value) {
    List<String> problems = RequiredSettings.problems(NAMES, name -> Optional.of(value), false);

    assertThat(problems).isEmpty();
  }

  @Test
  void givenAKeyringWithAShippedKey_whenProblems_thenRefused() {
    List<String> problems =
        RequiredSettings.problems(
            List.of("rekisteri.suppression.keys"),
            name -> Optional.of("2:a-real-key-of-our-own,1:local-demo-suppression-key-change-me"),
            true);

    assertThat(problems).singleElement().asString().contains("REKISTERI_SUPPRESSION_KEYS");
  }

  @Test
  void givenMissingAndBlankSecrets_whenProblems_thenEachNamedOnce() {
    Map<String, String> values = Map.of("a.secret", "  ");

    List<String> problems =
        RequiredSettings.problems(NAMES, name -> Optional.ofNullable(values.get(name)), true);

    assertThat(problems)
        .singleElement()
        .asString()
        .startsWith("Missing required settings")
        .contains("quarkus.datasource.password (QUARKUS_DATASOURCE_PASSWORD)")
        .contains("a.secret (A_SECRET)");
  }

  @Test
  void givenOwnSecretsUnderProd_whenProblems_thenNone() {
    assertThat(
            RequiredSettings.problems(
                NAMES, name -> Optional.of("a-long-secret-of-our-own-" + name.length()), true))
        .isEmpty();
  }

  @Test
  void givenProfiles_whenProduction_thenOnlyProdWithoutLocal() {
    assertThat(RequiredSettings.production(List.of("prod"))).isTrue();
    assertThat(RequiredSettings.production(List.of("local"))).isFalse();
    assertThat(RequiredSettings.production(List.of("prod", "local"))).isFalse();
    assertThat(RequiredSettings.production(List.of("test"))).isFalse();
  }

  @Test
  void givenASecretNeededWhileAnotherSettingIsSet_whenProblems_thenRequiredUnderProdOnlyThen() {
    List<String> names = List.of("rekisteri.mail.bounces.password?rekisteri.mail.bounces.host");
    Map<String, String> hostOnly = Map.of("rekisteri.mail.bounces.host", "imap.example.fi");

    assertThat(
            RequiredSettings.problems(names, name -> Optional.ofNullable(hostOnly.get(name)), true))
        .singleElement()
        .asString()
        .contains("rekisteri.mail.bounces.password (REKISTERI_MAIL_BOUNCES_PASSWORD)")
        .doesNotContain("?");
    // no host: no mailbox to read, no password needed
    assertThat(RequiredSettings.problems(names, name -> Optional.empty(), true)).isEmpty();
    // the local profile reads the local stack's mailbox, which needs none
    assertThat(
            RequiredSettings.problems(
                names, name -> Optional.ofNullable(hostOnly.get(name)), false))
        .isEmpty();
    // a shipped value is refused like any other secret's
    assertThat(
            RequiredSettings.problems(
                names,
                name -> Optional.of(name.endsWith("password") ? "rights" : "imap.example.fi"),
                true))
        .singleElement()
        .asString()
        .startsWith("Refused settings");
  }
}
