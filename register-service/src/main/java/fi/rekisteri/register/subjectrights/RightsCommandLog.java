package fi.rekisteri.register.subjectrights;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.rekisteri.register.common.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Idempotency of the rights service's commands: the request id and command are the key. The same
 * key again answers the logged result only when it is the same command: the same subject and the
 * same body (SHA-256 of its canonical JSON, keys sorted). Anything else is refused with 409 {@code
 * idempotency-conflict}, so that a request id cannot be replayed against another person.
 */
@ApplicationScoped
public class RightsCommandLog {

  /** One command as it arrived: its key, its subject and the hash of its canonical body. */
  public record Command(String requestId, String name, UUID subjectId, String bodySha256) {}

  private final EntityManager entityManager;
  private final ObjectMapper mapper;

  public RightsCommandLog(EntityManager entityManager, ObjectMapper mapper) {
    this.entityManager = entityManager;
    this.mapper = mapper;
  }

  /** The command {@code name} on {@code subjectId} with {@code body}, fingerprinted. */
  public Command command(String requestId, String name, UUID subjectId, Object body) {
    return new Command(requestId, name, subjectId, sha256(canonical(mapper.valueToTree(body))));
  }

  /**
   * The result logged for the same command, or empty when the key is new.
   *
   * @throws DomainException 409 idempotency-conflict when the key was used for another subject or
   *     another body
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public <T> Optional<T> previous(Command command, Class<T> type) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT subject_id, body_sha256, result FROM rights_command"
                    + " WHERE request_id = ?1 AND command = ?2")
            .setParameter(1, command.requestId())
            .setParameter(2, command.name())
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] logged = rows.get(0);
    Object loggedSubject = logged[0];
    Object loggedHash = logged[1];
    boolean sameSubject = String.valueOf(loggedSubject).equals(String.valueOf(command.subjectId()));
    // a row logged before body_sha256 existed is compared by its subject only
    boolean sameBody = loggedHash == null || command.bodySha256().equals(loggedHash.toString());
    if (!sameSubject || !sameBody) {
      throw DomainException.idempotencyConflict(
          "This request id was already used for a different "
              + command.name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + " command; send a new request id for a new command.");
    }
    return Optional.of(read((String) logged[2], type));
  }

  /** Whether the command {@code name} with this request id is in the log (whatever its subject). */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean logged(String requestId, String name) {
    return !entityManager
        .createNativeQuery("SELECT 1 FROM rights_command WHERE request_id = ?1 AND command = ?2")
        .setParameter(1, requestId)
        .setParameter(2, name)
        .getResultList()
        .isEmpty();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public <T> T store(Command command, T result) {
    entityManager
        .createNativeQuery(
            "INSERT INTO rights_command"
                + " (request_id, command, subject_id, body_sha256, result, executed_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .setParameter(1, command.requestId())
        .setParameter(2, command.name())
        .setParameter(3, command.subjectId())
        .setParameter(4, command.bodySha256())
        .setParameter(5, write(result))
        .setParameter(6, Instant.now())
        .executeUpdate();
    return result;
  }

  /** The same JSON with every object's keys sorted, so that key order does not matter. */
  static JsonNode canonical(JsonNode node) {
    if (node.isObject()) {
      TreeMap<String, JsonNode> sorted = new TreeMap<>();
      node.fields().forEachRemaining(e -> sorted.put(e.getKey(), canonical(e.getValue())));
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      sorted.forEach(copy::set);
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> copy.add(canonical(element)));
      return copy;
    }
    return node;
  }

  private String sha256(JsonNode canonical) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(write(canonical).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  private <T> T read(String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored command result unreadable", e);
    }
  }

  private String write(Object result) {
    try {
      return mapper.writeValueAsString(result);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("command result could not be serialised", e);
    }
  }
}
