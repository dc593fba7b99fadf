package fi.rekisteri.register.erasureledger;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * The erasure ledger's one sealing pass: whether it is done, and doing it (the entries written
 * before seals existed written again, sealed, and the pass recorded), each in a transaction of its
 * own.
 */
@ApplicationScoped
public class LedgerSealing {

  private final ErasureLedgerRepository repository;
  private final ErasureLedgerRelay relay;

  public LedgerSealing(ErasureLedgerRepository repository, ErasureLedgerRelay relay) {
    this.repository = repository;
    this.relay = relay;
  }

  boolean done() {
    return QuarkusTransaction.requiringNew().call(repository::sealingDone);
  }

  /**
   * Writes {@code unsealed} again, sealed, records the pass, and sends the entries to the topic.
   */
  void seal(List<JsonNode> unsealed) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (JsonNode entry : unsealed) {
                repository.append(
                    UUID.fromString(entry.path("subjectId").asText()), entry.toString());
              }
              repository.markSealingDone(unsealed.size());
            });
    relay.drain();
  }
}
