package fi.rekisteri.register.erasureledger;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.Optional;

/** The erasure ledger's settings, {@code rekisteri.erasure-ledger.*}, every one of them. */
@ConfigMapping(prefix = "rekisteri.erasure-ledger")
public interface ErasureLedgerConfig {

  String topic();

  int retentionDays();

  short replicationFactor();

  /** How long the startup re-application may take (read by ErasureReapplication). */
  Duration startupTimeout();

  /** The ledger's sealing keyring, a secret (read by the ledger's seal). */
  Optional<String> keys();
}
