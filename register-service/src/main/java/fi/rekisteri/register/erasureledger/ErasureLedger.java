package fi.rekisteri.register.erasureledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.rekisteri.register.subjectrights.ErasureRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Writes every erasure to the erasure ledger's outbox in the erasure's own transaction, so that the
 * ledger entry and the erasure commit together; {@link ErasureLedgerRelay} sends it to the topic. A
 * re-applied erasure is already in the ledger and is not written again.
 */
@ApplicationScoped
public class ErasureLedger {

  private final ErasureLedgerRepository repository;
  private final ObjectMapper mapper;

  public ErasureLedger(ErasureLedgerRepository repository, ObjectMapper mapper) {
    this.repository = repository;
    this.mapper = mapper;
  }

  void onErasure(@Observes ErasureRecorded erasure) {
    if (erasure.reapplied()) {
      return;
    }
    ErasureLedgerEntry entry =
        new ErasureLedgerEntry(
            ErasureLedgerEntry.SCHEMA_VERSION,
            erasure.subjectId(),
            erasure.requestId(),
            erasure.erasedAt(),
            erasure.outcome(),
            erasure.erased(),
            erasure.kept());
    try {
      repository.append(erasure.subjectId(), mapper.writeValueAsString(entry));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("erasure ledger entry not serialisable", e);
    }
  }
}
