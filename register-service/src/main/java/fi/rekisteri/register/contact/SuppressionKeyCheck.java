package fi.rekisteri.register.contact;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Refuses to start while suppression entries were made with a key the ring no longer holds: the
 * people behind them would no longer be recognised when entered again.
 */
@ApplicationScoped
public class SuppressionKeyCheck {

  void onStart(@Observes @Priority(2) StartupEvent event, Suppressions suppressions) {
    List<String> missing = suppressions.keysMissingFromRing();
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "rekisteri.suppression.keys no longer holds the key(s) "
              + String.join(", ", missing)
              + " that suppression entries were made with; keep a key in the ring until its"
              + " entries have expired");
    }
  }
}
