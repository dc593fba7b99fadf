package fi.rekisteri.rights.fulfilment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How a command the register could not take is tried again, {@code rekisteri.register.*}. */
@ConfigMapping(prefix = "rekisteri.register")
public interface RegisterRetryConfig {

  /** The first wait; doubled per try. */
  @WithDefault("30s")
  Duration retryBackoff();

  /** The longest wait between two tries. */
  @WithDefault("15m")
  Duration retryMaxBackoff();
}
