package fi.rekisteri.rights.subject;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether a failure means the database could not be reached (worth waiting for), as opposed to a
 * failure of the work itself: PostgreSQL's connection exceptions (SQLState class 08), a server
 * shutting down or starting up (57P01, 57P02, 57P03), and a refused connection.
 */
final class DatabaseOutage {

  private static final Set<String> UNAVAILABLE = Set.of("57P01", "57P02", "57P03", "53300");

  private DatabaseOutage() {}

  /**
   * The SQLState (or "connect") when {@code failure} is an outage; null when it is not. Looks
   * through causes and suppressed exceptions: when the server dies during a commit, the transaction
   * manager's "could not commit" carries the driver's exception only as a suppressed one.
   */
  static String sqlState(Throwable failure) {
    return sqlState(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  private static String sqlState(Throwable failure, Set<Throwable> seen) {
    if (failure == null || !seen.add(failure)) {
      return null;
    }
    if (failure instanceof SQLException sql && sql.getSQLState() != null) {
      String state = sql.getSQLState();
      if (state.startsWith("08") || UNAVAILABLE.contains(state)) {
        return state;
      }
    }
    if (failure instanceof ConnectException) {
      return "connect";
    }
    String state = sqlState(failure.getCause(), seen);
    for (Throwable suppressed : failure.getSuppressed()) {
      if (state != null) {
        break;
      }
      state = sqlState(suppressed, seen);
    }
    return state;
  }
}
