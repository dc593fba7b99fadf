package fi.rekisteri.platform.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Seals and checks erasure-ledger records (Kafka topic {@code erasure.ledger}, keyed by subject
 * id). The seal is an HMAC-SHA256 over the record's key and every field of the entry, with the key
 * id beside it ({@code keyId}, {@code signature}), so that a party that can write to the topic but
 * does not hold the key cannot make the register erase someone, or confirm an erasure that did not
 * happen. A record that cannot be read, carries no seal, names an unknown key, does not match its
 * seal, is keyed by another subject than it names, or is a tombstone (the register never writes
 * one) is refused with a reason: the readers skip and count it, and never stop on it.
 */
public final class LedgerSeal {

  static final List<String> FIELDS =
      List.of("schemaVersion", "subjectId", "requestId", "erasedAt", "outcome", "erased", "kept");

  /** What a reader makes of one record: the entry, or why it was skipped. */
  public record Verdict(JsonNode entry, String refusal) {
    public boolean accepted() {
      return refusal == null;
    }
  }

  private final LedgerKeyring keyring;
  private final ObjectMapper mapper;

  public LedgerSeal(LedgerKeyring keyring, ObjectMapper mapper) {
    this.keyring = keyring;
    this.mapper = mapper;
  }

  /** The entry's JSON with {@code keyId} and {@code signature} of the newest key added. */
  public String seal(String recordKey, String entryJson) {
    try {
      ObjectNode entry = (ObjectNode) mapper.readTree(entryJson);
      entry.remove("keyId");
      entry.remove("signature");
      entry.put("keyId", keyring.newestKeyId());
      entry.put("signature", keyring.sign(canonical(recordKey, entry)));
      return mapper.writeValueAsString(entry);
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalStateException("erasure ledger entry not sealable", e);
    }
  }

  /**
   * Checks one record. With {@code acceptUnsealed} (once, when entries written before seals existed
   * are sealed by the register), a readable record without a seal is accepted.
   */
  public Verdict check(String recordKey, String value, boolean acceptUnsealed) {
    if (value == null) {
      return new Verdict(null, "tombstone");
    }
    JsonNode entry;
    try {
      entry = mapper.readTree(value);
    } catch (JsonProcessingException e) {
      return new Verdict(null, "unreadable");
    }
    if (entry == null || !entry.isObject() || !entry.path("subjectId").isTextual()) {
      return new Verdict(null, "unreadable");
    }
    if (!entry.path("subjectId").asText().equals(recordKey)) {
      return new Verdict(null, "keyed by another subject");
    }
    if (!entry.hasNonNull("signature") && !entry.hasNonNull("keyId")) {
      return acceptUnsealed ? new Verdict(entry, null) : new Verdict(null, "unsigned");
    }
    Optional<String> refusal =
        keyring.refusal(
            entry.path("keyId").asText(null),
            canonical(recordKey, entry),
            entry.path("signature").asText(null));
    return refusal.map(r -> new Verdict(null, r)).orElseGet(() -> new Verdict(entry, null));
  }

  /** The signed text: the record key and each field in a fixed order, as JSON, one per line. */
  static String canonical(String recordKey, JsonNode entry) {
    List<String> lines = new ArrayList<>();
    lines.add("erasure-ledger/v1");
    lines.add(recordKey == null ? "" : recordKey);
    for (String field : FIELDS) {
      JsonNode value = entry.get(field);
      lines.add(field + "=" + (value == null ? "null" : value.toString()));
    }
    return String.join("\n", lines);
  }
}
