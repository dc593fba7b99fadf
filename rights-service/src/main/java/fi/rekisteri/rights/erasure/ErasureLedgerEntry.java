package fi.rekisteri.rights.erasure;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One record of the register's erasure ledger (Kafka topic {@code erasure.ledger}, keyed by subject
 * id; the register's {@code erasureledger.ErasureLedgerEntry}): ids, time and category codes only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErasureLedgerEntry(
    int schemaVersion,
    UUID subjectId,
    String requestId,
    Instant erasedAt,
    String outcome,
    List<String> erased,
    List<String> kept) {}
