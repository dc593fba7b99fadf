package fi.rekisteri.stack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The online backup of {@link Backups}: PostgreSQL's low-level base backup over JDBC, what
 * pg_basebackup does (the zonky binaries carry none). The copy starts by recovering to the end of
 * the WAL it holds, so it is consistent across both databases.
 */
final class OnlineBaseBackup {

  private static final Pattern START_WAL =
      Pattern.compile("START WAL LOCATION: \\S+ \\(file (\\w+)\\)");
  private static final Pattern WAL_SEGMENT = Pattern.compile("[0-9A-F]{24}");

  private OnlineBaseBackup() {}

  /**
   * Copies the cluster in {@code dataDir}, running on {@code port}, into {@code copy}: {@code
   * pg_backup_start}, the data directory, {@code pg_backup_stop}, its {@code backup_label} (and
   * {@code tablespace_map}) and the WAL from the backup's start to its end. Returns what the
   * manifest says of it.
   */
  static Properties copy(int port, Path dataDir, DataDirectory.Sink copy) throws IOException {
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    try (Connection connection =
        DriverManager.getConnection(url, "postgres", PostgresServer.SUPERUSER_PASSWORD)) {
      String label = "rekisteri-" + Backups.NAME.format(Instant.now());
      try (PreparedStatement start =
          connection.prepareStatement("SELECT pg_backup_start(?, true)")) {
        start.setString(1, label);
        start.execute();
      }
      boolean stopped = false;
      try {
        DataDirectory.copy(dataDir, copy, DataDirectory.Copy.ONLINE);
        String labelFile;
        String mapFile;
        String stopWal;
        try (Statement stop = connection.createStatement();
            ResultSet result =
                stop.executeQuery(
                    "SELECT labelfile, spcmapfile, pg_walfile_name(lsn) FROM pg_backup_stop(false)")) {
          result.next();
          labelFile = result.getString(1);
          mapFile = result.getString(2);
          stopWal = result.getString(3);
          stopped = true;
        }
        copy.file(
            "backup_label", new ByteArrayInputStream(labelFile.getBytes(StandardCharsets.UTF_8)));
        if (mapFile != null && !mapFile.isBlank()) {
          copy.file(
              "tablespace_map", new ByteArrayInputStream(mapFile.getBytes(StandardCharsets.UTF_8)));
        }
        // the WAL from the backup's start to its end (pg_backup_stop switched to a new segment, so
        // the last one is complete on disk)
        Set<String> wal = copyWal(dataDir.resolve("pg_wal"), copy);
        Matcher startWal = START_WAL.matcher(labelFile);
        if (!startWal.find()) {
          throw new IllegalStateException("backup label without its start WAL file");
        }
        requireWal(wal, startWal.group(1), stopWal);
        Properties manifest = new Properties();
        manifest.setProperty(
            "method", "online base backup (pg_backup_start, copy, pg_backup_stop, WAL)");
        manifest.setProperty("label", label);
        manifest.setProperty("startWal", startWal.group(1));
        manifest.setProperty("stopWal", stopWal);
        return manifest;
      } finally {
        if (!stopped) {
          try (Statement abort = connection.createStatement()) {
            abort.execute("SELECT pg_backup_stop(false)");
          } catch (SQLException ignored) {
            // the session ends with the connection, which aborts the backup anyway
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("online backup through 127.0.0.1:" + port + " failed", e);
    }
  }

  /** Copies the WAL segments and timeline histories; returns the names it copied. */
  private static Set<String> copyWal(Path from, DataDirectory.Sink to) throws IOException {
    Set<String> copied = new HashSet<>();
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (Files.isRegularFile(file)
            && (WAL_SEGMENT.matcher(name).matches() || name.endsWith(".history"))) {
          try (InputStream content = Files.newInputStream(file)) {
            to.file("pg_wal/" + name, content);
            copied.add(name);
          } catch (NoSuchFileException recycled) {
            // a segment recycled meanwhile: requireWal says whether one that was needed is missing
          }
        }
      }
    }
    return copied;
  }

  /** Every segment from {@code first} to {@code last} (same timeline) must be in the copy. */
  private static void requireWal(Set<String> copied, String first, String last) {
    String timeline = first.substring(0, 8);
    long from = segmentNumber(first);
    long to = segmentNumber(last);
    for (long s = from; s <= to; s++) {
      String name = String.format("%s%08X%08X", timeline, s >>> 8, s & 0xFF);
      if (!copied.contains(name)) {
        throw new IllegalStateException(
            "WAL segment " + name + " was recycled during the backup; run the backup again");
      }
    }
  }

  /** Default 16 MiB segments: 256 per "log" number. */
  private static long segmentNumber(String walFile) {
    long log = Long.parseLong(walFile.substring(8, 16), 16);
    long seg = Long.parseLong(walFile.substring(16, 24), 16);
    return log * 256 + seg;
  }
}
