package fi.rekisteri.register.outbox;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** The outbox relay's settings, {@code rekisteri.outbox.*}. */
@ConfigMapping(prefix = "rekisteri.outbox")
public interface OutboxConfig {

  /** Events relayed per round. */
  int batchSize();

  /** How often the relay looks for events when nothing woke it. */
  Duration pollInterval();
}
