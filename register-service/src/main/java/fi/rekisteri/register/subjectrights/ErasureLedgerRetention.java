package fi.rekisteri.register.subjectrights;

import io.smallrye.config.ConfigMapping;

/**
 * The erasure ledger topic's retention, {@code rekisteri.erasure-ledger.retention-days}: the same
 * setting the topic is created with (erasureledger/ErasureLedgerConfig), read here for the access
 * copy's wording without depending on the ledger's package.
 */
@ConfigMapping(prefix = "rekisteri.erasure-ledger")
public interface ErasureLedgerRetention {

  int retentionDays();
}
