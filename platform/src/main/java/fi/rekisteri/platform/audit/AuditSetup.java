package fi.rekisteri.platform.audit;

import java.util.List;

/**
 * What differs between the services' audit chains, for the platform's audit beans: each service
 * produces one (its {@code audit/AuditWiring}).
 *
 * @param clock where linked entries' times come from ({@link AuditWriter})
 * @param retiredFunctions names of former audit functions that {@link AuditTableOwner} drops at
 *     startup, every overload in the current schema (none: an empty list)
 */
public record AuditSetup(ChainClock clock, List<String> retiredFunctions) {

  public AuditSetup {
    retiredFunctions = List.copyOf(retiredFunctions);
  }
}
