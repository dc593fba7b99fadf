package fi.rekisteri.register.subjectrights;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Idempotency of the rights service's commands: the request id and command are the key. */
@ApplicationScoped
public class RightsCommandLog {

  private final EntityManager entityManager;
  private final ObjectMapper mapper;

  public RightsCommandLog(EntityManager entityManager, ObjectMapper mapper) {
    this.entityManager = entityManager;
    this.mapper = mapper;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public <T> Optional<T> previous(String requestId, String command, Class<T> type) {
    @SuppressWarnings("unchecked")
    List<String> results =
        entityManager
            .createNativeQuery(
                "SELECT result FROM rights_command WHERE request_id = ?1 AND command = ?2")
            .setParameter(1, requestId)
            .setParameter(2, command)
            .getResultList();
    return results.stream().findFirst().map(json -> read(json, type));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public <T> T store(String requestId, String command, UUID subjectId, T result) {
    entityManager
        .createNativeQuery(
            "INSERT INTO rights_command (request_id, command, subject_id, result, executed_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, requestId)
        .setParameter(2, command)
        .setParameter(3, subjectId)
        .setParameter(4, write(result))
        .setParameter(5, Instant.now())
        .executeUpdate();
    return result;
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
