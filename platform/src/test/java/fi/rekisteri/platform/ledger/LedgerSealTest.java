package fi.rekisteri.platform.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LedgerSealTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SUBJECT = UUID.randomUUID().toString();
  private static final String ENTRY =
      "{\"schemaVersion\":1,\"subjectId\":\""
          + SUBJECT
          + "\",\"requestId\":\"r-1\",\"erasedAt\":\"2026-12-01T10:00:00Z\",\"outcome\":\"ERASED\","
          + "\"erased\":[\"CONTACT_RECORD\"],\"kept\":[]}";

  private final LedgerSeal seal = new LedgerSeal(LedgerKeyring.parse("2:new-key,1:old-key"), JSON);

  @Test
  void givenASealedEntry_whenCheck_thenAccepted() {
    String sealed = seal.seal(SUBJECT, ENTRY);

    assertThat(seal.check(SUBJECT, sealed, false).accepted()).isTrue();
    assertThat(sealed).contains("\"keyId\":\"2\"");
  }

  @Test
  void givenAnOlderKeyOfTheRing_whenCheck_thenAccepted() {
    String sealed = new LedgerSeal(LedgerKeyring.parse("1:old-key"), JSON).seal(SUBJECT, ENTRY);

    assertThat(seal.check(SUBJECT, sealed, false).accepted()).isTrue();
  }

  @Test
  void givenEachFieldChanged_whenCheck_thenRefused() throws Exception {
    String sealed = seal.seal(SUBJECT, ENTRY);
    for (String field : LedgerSeal.FIELDS) {
      ObjectNode forged = (ObjectNode) JSON.readTree(sealed);
      forged.put(field, "forged");
      assertThat(seal.check(SUBJECT, JSON.writeValueAsString(forged), false).refusal())
          .as(field)
          .isNotNull();
    }
  }

  @Test
  void givenForgeries_whenCheck_thenEachRefusedWithItsReason() {
    String sealed = seal.seal(SUBJECT, ENTRY);
    String other = UUID.randomUUID().toString();

    assertThat(seal.check(SUBJECT, ENTRY, false).refusal()).isEqualTo("unsigned");
    assertThat(seal.check(SUBJECT, ENTRY, true).accepted()).isTrue();
    assertThat(seal.check(other, sealed, false).refusal()).isEqualTo("keyed by another subject");
    assertThat(seal.check(SUBJECT, null, false).refusal()).isEqualTo("tombstone");
    assertThat(seal.check(SUBJECT, "{not json", true).refusal()).isEqualTo("unreadable");
    assertThat(seal.check(SUBJECT, "[1,2]", true).refusal()).isEqualTo("unreadable");
    assertThat(seal.check(SUBJECT, "", true).refusal()).isEqualTo("unreadable");
    String foreignKey =
        new LedgerSeal(LedgerKeyring.parse("2:attacker-key"), JSON).seal(SUBJECT, ENTRY);
    assertThat(seal.check(SUBJECT, foreignKey, false).refusal())
        .isEqualTo("signature does not match");
    String unknownId =
        new LedgerSeal(LedgerKeyring.parse("9:attacker-key"), JSON).seal(SUBJECT, ENTRY);
    assertThat(seal.check(SUBJECT, unknownId, false).refusal()).isEqualTo("unknown key");
    // a sealed entry stripped of its seal is no longer accepted
    assertThat(
            seal.check(SUBJECT, sealed.replaceAll(",\"signature\":\"[^\"]*\"", ""), false)
                .refusal())
        .isNotNull();
  }

  @Test
  void givenBadRings_whenParse_thenRefusedWithoutTheSecret() {
    assertThatThrownBy(() -> LedgerKeyring.parse("")).hasMessageContaining("no key");
    assertThatThrownBy(() -> LedgerKeyring.parse("secret-without-id"))
        .hasMessageNotContaining("secret-without-id");
    assertThatThrownBy(() -> LedgerKeyring.parse("1:a,1:b")).hasMessageContaining("repeated");
  }
}
