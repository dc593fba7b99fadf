package fi.rekisteri.register.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Statements as the test server's superuser {@code postgres}, with triggers off: what someone who
 * bypasses the service's database user can do, which the audit chain must detect.
 */
public final class Superuser {

  private Superuser() {}

  public static int update(String sql, Object... parameters) {
    String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres")) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET session_replication_role = replica");
      }
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          statement.setObject(i + 1, parameters[i]);
        }
        return statement.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("superuser statement failed", e);
    }
  }
}
