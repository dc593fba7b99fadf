package fi.rekisteri.register.contact;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The suppression list's settings, {@code rekisteri.suppression.*}. */
@ConfigMapping(prefix = "rekisteri.suppression")
public interface SuppressionConfig {

  /** The keyring of the keyed hashes ({@code version:key,...}); a secret. */
  Optional<String> keys();
}
