package fi.rekisteri.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Backups of the local PostgreSQL cluster (both databases, register and rights, at one point in
 * time), behind {@code deploy/local/backup} and {@code deploy/local/restore} and used as they are
 * by the restore test. The zonky binaries carry no pg_dump or pg_basebackup and Debian's PostgreSQL
 * 15 client cannot read a 17 server, so:
 *
 * <ul>
 *   <li>while the server runs: PostgreSQL's low-level base backup over JDBC ({@code
 *       pg_backup_start}, a copy of the data directory, {@code pg_backup_stop}, then the WAL
 *       written meanwhile and the {@code backup_label}), what pg_basebackup does; the copy starts
 *       by recovering to the end of that WAL, so it is consistent across both databases;
 *   <li>while it is stopped: a plain copy of the data directory.
 * </ul>
 *
 * A backup is {@code <backups>/<UTC time>/} with {@code data/} and {@code backup.properties}
 * (written last: a folder without it is incomplete and never restored). A backup holds personal
 * data: its folder is readable by the owner only. {@link #restore} needs the server stopped.
 */
public final class Backups {

  private static final DateTimeFormatter NAME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  static final String MANIFEST = "backup.properties";
  private static final Pattern START_WAL =
      Pattern.compile("START WAL LOCATION: \\S+ \\(file (\\w+)\\)");
  private static final Pattern WAL_SEGMENT = Pattern.compile("[0-9A-F]{24}");

  /**
   * The register's {@code rekisteri.erasure-ledger.retention-days}: a backup older than that is
   * never restored, and no backup is to be kept longer.
   */
  static final java.time.Duration ERASURE_LEDGER_RETENTION = java.time.Duration.ofDays(1827);

  private Backups() {}

  /**
   * Backs up the cluster in {@code dataDir}: online through the server on {@code port} when it
   * runs, else a copy of the stopped data directory. Returns the backup's absolute path.
   */
  public static Path backup(int port, Path dataDir, Path backupsDir) {
    try {
      Files.createDirectories(backupsDir);
      DataDirectory.ownerOnly(backupsDir);
      Instant now = Instant.now();
      Path target = backupsDir.resolve(NAME.format(now)).toAbsolutePath();
      int n = 1;
      while (Files.exists(target)) {
        target = backupsDir.resolve(NAME.format(now) + "-" + n++).toAbsolutePath();
      }
      Files.createDirectory(target);
      DataDirectory.ownerOnly(target);
      Properties manifest;
      if (Files.exists(dataDir.resolve("postmaster.pid")) && Processes.portOpen(port)) {
        manifest = online(port, dataDir, target.resolve("data"));
      } else {
        if (Files.exists(dataDir.resolve("postmaster.pid"))) {
          throw new IllegalStateException(
              "PostgreSQL's data directory "
                  + dataDir
                  + " is in use but 127.0.0.1:"
                  + port
                  + " does not answer");
        }
        DataDirectory.copy(dataDir, target.resolve("data"), DataDirectory.Copy.WHOLE);
        manifest = new Properties();
        manifest.setProperty("method", "copy of the stopped data directory");
      }
      manifest.setProperty("createdAt", now.toString());
      manifest.setProperty("databases", "register, rights (the whole cluster)");
      manifest.setProperty(
          "postgresVersion", Files.readString(dataDir.resolve("PG_VERSION")).trim());
      try (var out =
          Files.newOutputStream(target.resolve(MANIFEST), StandardOpenOption.CREATE_NEW)) {
        manifest.store(out, "Rekisteri backup; restore with deploy/local/restore " + target);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("backup failed", e);
    }
  }

  private static Properties online(int port, Path dataDir, Path copy) throws IOException {
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
      String label = "rekisteri-" + NAME.format(Instant.now());
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
        Files.writeString(copy.resolve("backup_label"), labelFile);
        if (mapFile != null && !mapFile.isBlank()) {
          Files.writeString(copy.resolve("tablespace_map"), mapFile);
        }
        // the WAL from the backup's start to its end (pg_backup_stop switched to a new segment, so
        // the last one is complete on disk)
        copyWal(dataDir.resolve("pg_wal"), copy.resolve("pg_wal"));
        Matcher startWal = START_WAL.matcher(labelFile);
        if (!startWal.find()) {
          throw new IllegalStateException("backup label without its start WAL file");
        }
        requireWal(copy.resolve("pg_wal"), startWal.group(1), stopWal);
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

  private static void copyWal(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (Files.isRegularFile(file)
            && (WAL_SEGMENT.matcher(name).matches() || name.endsWith(".history"))) {
          try {
            Files.copy(file, to.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
          } catch (NoSuchFileException recycled) {
            // a segment recycled meanwhile: requireWal says whether one that was needed is missing
          }
        }
      }
    }
  }

  /** Every segment from {@code first} to {@code last} (same timeline) must be in the copy. */
  private static void requireWal(Path walDir, String first, String last) {
    String timeline = first.substring(0, 8);
    long from = segmentNumber(first);
    long to = segmentNumber(last);
    for (long s = from; s <= to; s++) {
      String name = String.format("%s%08X%08X", timeline, s >>> 8, s & 0xFF);
      if (!Files.exists(walDir.resolve(name))) {
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

  /**
   * Replaces the cluster in {@code dataDir} by the backup's; the server must be stopped. Nothing
   * else is touched: Kafka, and with it the erasure ledger, stays as it is, so the services
   * re-apply at their next start every erasure made after the backup.
   */
  public static void restore(Path backup, Path dataDir) {
    Path source = backup.resolve("data");
    if (!Files.exists(backup.resolve(MANIFEST)) || !Files.isDirectory(source)) {
      throw new IllegalArgumentException(
          backup + " is not a complete backup (no " + MANIFEST + ")");
    }
    if (createdAt(backup).isBefore(Instant.now().minus(ERASURE_LEDGER_RETENTION))) {
      throw new IllegalStateException(
          backup
              + " is older than the erasure ledger's retention ("
              + ERASURE_LEDGER_RETENTION.toDays()
              + " days): erasures made after it may have left the ledger, so restoring it could"
              + " bring an erased person back");
    }
    if (Files.exists(dataDir.resolve("postmaster.pid"))) {
      throw new IllegalStateException(
          "PostgreSQL still runs on " + dataDir + "; stop it first (deploy/local/down)");
    }
    requireLedgerCaughtUp(dataDir);
    try {
      Path parent = dataDir.toAbsolutePath().getParent();
      Path restoring = parent.resolve(dataDir.getFileName() + ".restoring");
      DataDirectory.delete(restoring);
      DataDirectory.copy(source, restoring, DataDirectory.Copy.WHOLE);
      DataDirectory.ownerOnly(restoring);
      DataDirectory.delete(dataDir);
      Files.move(restoring, dataDir, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("restore of " + backup + " failed", e);
    }
  }

  /**
   * An erasure committed while Kafka was down waits in the register's erasure_ledger_outbox; a
   * restore now would drop it before it reached the ledger, and the person would come back. So the
   * cluster about to be replaced is started on its own for a moment and asked; the restore is
   * refused while any wait.
   */
  static void requireLedgerCaughtUp(Path dataDir) {
    if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
      return;
    }
    long waiting;
    try (PostgresServer current =
        PostgresServer.start(
            Processes.freePort(), dataDir, dataDir.resolveSibling("postgres-bin"))) {
      try (Connection connection =
              DriverManager.getConnection(current.jdbcUrl("register"), "postgres", "");
          Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery("SELECT count(*) FROM erasure_ledger_outbox")) {
        result.next();
        waiting = result.getLong(1);
      } catch (SQLException e) {
        // no register database or a schema before the ledger: nothing can be waiting
        waiting = 0;
      }
    }
    if (waiting > 0) {
      throw new IllegalStateException(
          waiting
              + " erasure(s) in the current register database have not reached the erasure"
              + " ledger yet (is Kafka down?); start the stack with Kafka, wait until they are"
              + " sent, then restore");
    }
  }

  /** The newest complete backup in {@code backupsDir}. */
  public static Optional<Path> newest(Path backupsDir) {
    if (!Files.isDirectory(backupsDir)) {
      return Optional.empty();
    }
    try (Stream<Path> dirs = Files.list(backupsDir)) {
      return dirs.filter(d -> Files.exists(d.resolve(MANIFEST)))
          .max((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .map(Path::toAbsolutePath);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The backup's time as its manifest states it. */
  public static Instant createdAt(Path backup) {
    Properties manifest = new Properties();
    try (var in = Files.newInputStream(backup.resolve(MANIFEST))) {
      manifest.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Instant.parse(manifest.getProperty("createdAt"));
  }

  /**
   * {@code backup --port P --data DIR --to BACKUPS}: prints the backup's absolute path as the last
   * line. {@code restore --data DIR --from BACKUPS [PATH]}: restores PATH, or the newest backup.
   */
  public static void main(String[] args) {
    try {
      String command = args.length > 0 ? args[0] : "";
      int port = 15432;
      Path data = null;
      Path backups = null;
      Path path = null;
      for (int i = 1; i < args.length; i++) {
        switch (args[i]) {
          case "--port" -> port = Integer.parseInt(args[++i]);
          case "--data" -> data = Path.of(args[++i]);
          case "--to", "--from" -> backups = Path.of(args[++i]);
          default -> path = Path.of(args[i]);
        }
      }
      if (data == null || backups == null) {
        throw new IllegalArgumentException("--data and --to/--from are required");
      }
      Path backupsDir = backups;
      switch (command) {
        case "backup" -> {
          Path written = backup(port, data, backupsDir);
          System.out.println(written);
        }
        case "restore" -> {
          Path chosen =
              path != null
                  ? path.toAbsolutePath()
                  : newest(backupsDir)
                      .orElseThrow(
                          () ->
                              new IllegalArgumentException(
                                  "no backup in " + backupsDir.toAbsolutePath()));
          restore(chosen, data);
          System.out.println("restored " + chosen + " (taken " + createdAt(chosen) + ")");
          System.out.println(chosen);
        }
        case "newest" -> System.out.println(newest(backupsDir).map(Path::toString).orElse(""));
        default -> throw new IllegalArgumentException("use backup, restore or newest");
      }
    } catch (RuntimeException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(1);
    }
  }
}
