package fi.rekisteri.platform.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/**
 * The service's {@link LedgerSeal}, from {@code rekisteri.erasure-ledger.keys}. A missing keyring
 * is named at startup by {@code RequiredSettings} before this is first used.
 */
@ApplicationScoped
public class LedgerSeals {

  public static final String KEYS = "rekisteri.erasure-ledger.keys";

  @Produces
  @Singleton
  LedgerSeal seal(Config config, ObjectMapper mapper) {
    return new LedgerSeal(
        LedgerKeyring.parse(config.getOptionalValue(KEYS, String.class).orElse("")), mapper);
  }
}
