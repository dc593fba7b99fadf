package fi.rekisteri.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.rekisteri.platform.ledger.LedgerKeyring;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHeadTest {

  private final ObjectMapper mapper = new ObjectMapper();
  private final LedgerKeyring keyring =
      LedgerKeyring.parse("rekisteri.audit.head-keys", "2:new,1:old");
  private final AuditHead head =
      new AuditHead(
          "register-service/register",
          42,
          "a".repeat(64),
          7,
          Instant.parse("2026-12-07T06:00:00.123456Z"),
          null);

  @Test
  void givenSealedHead_whenCheck_thenAcceptedWithTheNewestKeyId() {
    AuditHead.Verdict verdict =
        AuditHead.check(head.chain(), head.seal(keyring, mapper), keyring, mapper);

    assertThat(verdict.accepted()).isTrue();
    assertThat(verdict.head().position()).isEqualTo(42);
    assertThat(verdict.head().hash()).isEqualTo("a".repeat(64));
    assertThat(verdict.head().anchorId()).isEqualTo(7);
    assertThat(verdict.head().at()).isEqualTo(head.at());
    assertThat(verdict.head().keyId()).isEqualTo("2");
  }

  @Test
  void givenAnyFieldChanged_whenCheck_thenRefused() throws Exception {
    for (String field : new String[] {"chain", "position", "hash", "anchorId", "at", "keyId"}) {
      ObjectNode node = (ObjectNode) mapper.readTree(head.seal(keyring, mapper));
      switch (field) {
        case "position", "anchorId" -> node.put(field, node.get(field).asLong() + 1);
        case "at" -> node.put(field, "2026-12-07T06:00:01Z");
        case "keyId" -> node.put(field, "1");
        default -> node.put(field, node.get(field).asText() + "x");
      }
      String key = field.equals("chain") ? node.get("chain").asText() : head.chain();

      AuditHead.Verdict verdict = AuditHead.check(key, node.toString(), keyring, mapper);

      assertThat(verdict.accepted()).as(field).isFalse();
      assertThat(verdict.refusal()).as(field).isEqualTo("signature does not match");
    }
  }

  @Test
  void givenOtherKeyUnreadableTombstoneOrOtherChain_whenCheck_thenRefusedWithTheReason() {
    String foreign = head.seal(LedgerKeyring.parse("k", "3:someone-elses"), mapper);
    String sealed = head.seal(keyring, mapper);

    assertThat(AuditHead.check(head.chain(), foreign, keyring, mapper).refusal())
        .isEqualTo("unknown key");
    assertThat(
            AuditHead.check(
                    head.chain(),
                    head.seal(LedgerKeyring.parse("k", "2:forged"), mapper),
                    keyring,
                    mapper)
                .refusal())
        .isEqualTo("signature does not match");
    assertThat(AuditHead.check(head.chain(), "{not json", keyring, mapper).refusal())
        .isEqualTo("unreadable");
    assertThat(AuditHead.check(head.chain(), "{}", keyring, mapper).refusal())
        .isEqualTo("unreadable");
    assertThat(AuditHead.check(head.chain(), null, keyring, mapper).refusal())
        .isEqualTo("tombstone");
    assertThat(AuditHead.check("rights-service/rights", sealed, keyring, mapper).refusal())
        .isEqualTo("keyed by another chain");
  }
}
