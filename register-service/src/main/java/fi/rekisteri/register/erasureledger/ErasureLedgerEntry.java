package fi.rekisteri.register.erasureledger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One record of the erasure ledger (Kafka topic {@code erasure.ledger}, keyed by subject id):
 * pseudonymous only, no name, email or any other value of the person. {@code requestId} is the
 * rights service's request id or the retention job's {@code retention:<date>:<subject id>}; {@code
 * erased} and {@code kept} are ErasureCodes category codes.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErasureLedgerEntry(
    int schemaVersion,
    UUID subjectId,
    String requestId,
    Instant erasedAt,
    String outcome,
    List<String> erased,
    List<String> kept) {

  public static final int SCHEMA_VERSION = 1;
}
