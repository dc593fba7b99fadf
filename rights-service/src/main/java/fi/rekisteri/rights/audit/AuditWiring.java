package fi.rekisteri.rights.audit;

import fi.rekisteri.platform.audit.AuditSetup;
import fi.rekisteri.platform.audit.ChainClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/** The rights service's audit chain, for the platform's audit writer and table owner. */
@ApplicationScoped
class AuditWiring {

  /**
   * Entries' times from the database's clock under the head's lock, as V7's {@code audit_append}
   * took them; that function itself is dropped: the service's user stages entries and may no longer
   * write the chain.
   */
  @Produces
  @Singleton
  AuditSetup auditSetup() {
    return new AuditSetup(ChainClock.DATABASE, List.of("audit_append"));
  }
}
