package fi.rekisteri.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.rekisteri.platform.ledger.LedgerKeyring;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * One published head of an audit chain, as a record of the Kafka topic {@code audit.heads} holds
 * it: which chain ({@code chain}: the service and its database), the head's position (the last
 * entry's id) and hash, the retention checkpoint at the time, when it was published, and an
 * HMAC-SHA256 over all of these with the key id beside it ({@code rekisteri.audit.head-keys}, a
 * keyring as the erasure ledger's). A database administrator who rewrites the chain cannot sign a
 * new head, so the head published before the rewrite stays what the chain must still contain.
 */
public record AuditHead(
    String chain, long position, String hash, long anchorId, Instant at, String keyId) {

  /** A record read from the topic: the head, or why it was refused (never trusted). */
  public record Verdict(AuditHead head, String refusal) {
    public boolean accepted() {
      return refusal == null;
    }
  }

  /** The record's JSON, sealed with the newest key of {@code keyring}. */
  public String seal(LedgerKeyring keyring, ObjectMapper mapper) {
    AuditHead signed = new AuditHead(chain, position, hash, anchorId, at, keyring.newestKeyId());
    ObjectNode node = mapper.createObjectNode();
    node.put("chain", chain);
    node.put("position", position);
    node.put("hash", hash);
    node.put("anchorId", anchorId);
    node.put("at", at.toString());
    node.put("keyId", signed.keyId());
    node.put("signature", keyring.sign(signed.canonical()));
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("audit head not writable", e);
    }
  }

  /** Checks one record of the topic against the keyring; a refusal names why, never the value. */
  public static Verdict check(
      String recordKey, String value, LedgerKeyring keyring, ObjectMapper mapper) {
    if (value == null) {
      return new Verdict(null, "tombstone");
    }
    AuditHead head;
    String signature;
    try {
      JsonNode node = mapper.readTree(value);
      if (node == null
          || !node.path("chain").isTextual()
          || !node.path("position").canConvertToLong()
          || !node.path("hash").isTextual()
          || !node.path("anchorId").canConvertToLong()
          || !node.path("at").isTextual()) {
        return new Verdict(null, "unreadable");
      }
      head =
          new AuditHead(
              node.path("chain").asText(),
              node.path("position").asLong(),
              node.path("hash").asText(),
              node.path("anchorId").asLong(),
              Instant.parse(node.path("at").asText()),
              node.path("keyId").asText(null));
      signature = node.path("signature").asText(null);
    } catch (JsonProcessingException | DateTimeParseException e) {
      return new Verdict(null, "unreadable");
    }
    if (!head.chain().equals(recordKey)) {
      return new Verdict(null, "keyed by another chain");
    }
    Optional<String> refusal = keyring.refusal(head.keyId(), head.canonical(), signature);
    return refusal.map(r -> new Verdict(null, r)).orElseGet(() -> new Verdict(head, null));
  }

  /** The signed text: every field but the signature, in a fixed order, one per line. */
  String canonical() {
    return String.join(
        "\n",
        "audit-head/v1",
        chain,
        Long.toString(position),
        hash,
        Long.toString(anchorId),
        at.toString(),
        keyId == null ? "" : keyId);
  }
}
