package fi.rekisteri.register.audit;

import fi.rekisteri.platform.audit.AuditSetup;
import fi.rekisteri.platform.audit.ChainClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/** The register's audit chain, for the platform's audit writer and table owner. */
@ApplicationScoped
class AuditWiring {

  /** Entries' times from the service's clock when linked; no former audit function to drop. */
  @Produces
  @Singleton
  AuditSetup auditSetup() {
    return new AuditSetup(ChainClock.SERVICE, List.of());
  }
}
