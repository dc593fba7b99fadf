package fi.rekisteri.register.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The keyring of the suppression hashes: parsing, newest first, and no secret in a message. */
class SuppressionKeyringTest {

  private static final String OLD = "1:" + "a".repeat(40);
  private static final String NEW = "2:" + "b".repeat(40);

  @Test
  void givenTwoKeys_whenParse_thenNewestFirstAndBothHeld() {
    SuppressionKeyring ring = SuppressionKeyring.parse(NEW + "," + OLD);

    assertThat(ring.newest().id()).isEqualTo("2");
    assertThat(ring.holds("1")).isTrue();
    assertThat(ring.holds("3")).isFalse();
  }

  @Test
  void givenSameEmailUnderTwoKeys_whenHash_thenDifferentHashesAndCaseInsensitive() {
    SuppressionKeyring ring = SuppressionKeyring.parse(NEW + "," + OLD);

    String underNew = ring.all().get(0).hash("Maija@Example.fi");
    String underOld = ring.all().get(1).hash("maija@example.fi ");

    assertThat(underNew).isNotEqualTo(underOld).hasSize(64);
    assertThat(ring.all().get(0).hash("maija@example.fi")).isEqualTo(underNew);
  }

  @Test
  void givenShortSecretOrDuplicateIdOrNothing_whenParse_thenRefusedWithoutTheSecret() {
    assertThatThrownBy(() -> SuppressionKeyring.parse("1:short-secret"))
        .hasMessageContaining("shorter than 32")
        .hasMessageNotContaining("short-secret");
    assertThatThrownBy(() -> SuppressionKeyring.parse(OLD + "," + OLD))
        .hasMessageContaining("unique");
    assertThatThrownBy(() -> SuppressionKeyring.parse("")).hasMessageContaining("no key");
    assertThatThrownBy(() -> SuppressionKeyring.parse("no-colon-here-at-all-" + "x".repeat(40)))
        .hasMessageContaining("id:secret");
  }
}
