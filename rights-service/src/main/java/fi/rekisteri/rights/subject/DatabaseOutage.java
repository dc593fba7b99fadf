package fi.rekisteri.rights.subject;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Whether a failure means the database could not be reached (worth waiting for), as opposed to a
 * failure of the work itself: PostgreSQL's connection exceptions (SQLState class 08), a server
 * shutting down or starting up (57P01, 57P02, 57P03), and a refused connection.
 */
final class DatabaseOutage {

  private static final Set<String> UNAVAILABLE = Set.of("57P01", "57P02", "57P03", "53300");

  private DatabaseOutage() {}

  /** The SQLState (or "connect") when {@code failure} is an outage; null when it is not. */
  static String sqlState(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || UNAVAILABLE.contains(state)) {
          return state;
        }
      }
      if (cause instanceof ConnectException) {
        return "connect";
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }
}
