package fi.rekisteri.register.subjectrights;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Fired inside the transaction of every erasure command, after its ContactErased event was written:
 * ids, time and category codes only, what the erasure ledger keeps. {@code erasedAt} is the
 * ContactErased event's time. {@code reapplied}: an erasure from the ledger made again after a
 * restore (the ledger already holds it).
 */
public record ErasureRecorded(
    UUID subjectId,
    String requestId,
    Instant erasedAt,
    String outcome,
    List<String> erased,
    List<String> kept,
    boolean reapplied) {}
