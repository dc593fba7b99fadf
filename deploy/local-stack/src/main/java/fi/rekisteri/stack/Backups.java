package fi.rekisteri.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Backups of the local PostgreSQL cluster (both databases, register and rights, at one point in
 * time), behind {@code deploy/local/backup} and {@code deploy/local/restore} and used as they are
 * by the restore test. The zonky binaries carry no pg_dump or pg_basebackup and Debian's PostgreSQL
 * 15 client cannot read a 17 server, so:
 *
 * <ul>
 *   <li>while the server runs: PostgreSQL's low-level base backup over JDBC ({@link
 *       OnlineBaseBackup}: {@code pg_backup_start}, a copy of the data directory, {@code
 *       pg_backup_stop}, then the WAL written meanwhile and the {@code backup_label}), what
 *       pg_basebackup does; the copy starts by recovering to the end of that WAL, so it is
 *       consistent across both databases;
 *   <li>while it is stopped: a plain copy of the data directory.
 * </ul>
 *
 * A backup is {@code <backups>/<UTC time>/} with {@code archive.enc}, the copy streamed straight
 * into one AES-256-GCM encrypted file ({@link BackupArchive}; no plain-text copy is ever written),
 * and {@code manifest.properties} ({@link BackupManifest}, written last: a folder without it is
 * incomplete and never restored). The key is {@link BackupKey}'s. {@link #restore} checks the key,
 * the manifest and the archive, decrypts into a folder beside the data directory checking every
 * chunk and file, and only then replaces the data directory; it needs the server stopped.
 */
public final class Backups {

  /** A backup folder's name: its UTC time. */
  static final DateTimeFormatter NAME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /** The manifest of a backup written before backups were encrypted. */
  private static final String PLAIN_MANIFEST = "backup.properties";

  /**
   * The register's {@code rekisteri.erasure-ledger.retention-days}: a backup older than that is
   * never restored, and no backup is to be kept longer.
   */
  static final java.time.Duration ERASURE_LEDGER_RETENTION = java.time.Duration.ofDays(1827);

  private Backups() {}

  /**
   * Backs up the cluster in {@code dataDir}, encrypted with {@code key}: online through the server
   * on {@code port} when it runs, else a copy of the stopped data directory. Returns the archive's
   * absolute path. On failure nothing of the backup is left.
   */
  public static Path backup(int port, Path dataDir, Path backupsDir, BackupKey key) {
    Path backups = backupsDir.toAbsolutePath().normalize();
    if (key.demoFile() != null && key.demoFile().startsWith(backups)) {
      throw new IllegalStateException(
          "the demo key "
              + key.demoFile()
              + " is inside the backup folder "
              + backups
              + ": a key never lies beside its archives; choose another REKISTERI_BACKUP_DIR");
    }
    Path target = null;
    try {
      Files.createDirectories(backups);
      DataDirectory.ownerOnly(backups);
      Instant now = Instant.now();
      target = backups.resolve(NAME.format(now));
      int n = 1;
      while (Files.exists(target)) {
        target = backups.resolve(NAME.format(now) + "-" + n++);
      }
      Files.createDirectory(target);
      DataDirectory.ownerOnly(target);
      Properties details;
      BackupArchive.Contents contents;
      String archiveSha256;
      try (BackupArchive.Writer archive =
          new BackupArchive.Writer(
              target.resolve(BackupManifest.ARCHIVE), key, BackupArchive.CHUNK_SIZE)) {
        if (Files.exists(dataDir.resolve("postmaster.pid")) && Processes.portOpen(port)) {
          details = OnlineBaseBackup.copy(port, dataDir, archive);
        } else {
          if (Files.exists(dataDir.resolve("postmaster.pid"))) {
            throw new IllegalStateException(
                "PostgreSQL's data directory "
                    + dataDir
                    + " is in use but 127.0.0.1:"
                    + port
                    + " does not answer");
          }
          DataDirectory.copy(dataDir, archive, DataDirectory.Copy.WHOLE);
          details = new Properties();
          details.setProperty("method", "copy of the stopped data directory");
        }
        contents = archive.finish();
        archiveSha256 = archive.sha256Hex();
      }
      details.setProperty("databases", "register, rights (the whole cluster)");
      details.setProperty(
          "postgresVersion", Files.readString(dataDir.resolve("PG_VERSION")).trim());
      BackupManifest.write(target, details, now, contents, archiveSha256, key);
      Path written = target.resolve(BackupManifest.ARCHIVE);
      target = null;
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException("backup failed", e);
    } finally {
      if (target != null) {
        try {
          DataDirectory.delete(target);
        } catch (IOException e) {
          System.err.println("could not remove the failed backup " + target + ": " + e);
        }
      }
    }
  }

  /**
   * Checks a backup without touching anything: the key, the manifest, the archive's checksum, then
   * every chunk and every file's checksum as it is decrypted (into nothing). Returns its manifest.
   */
  public static Instant verify(Path backup, BackupKey key) {
    BackupManifest manifest = manifest(backup);
    try {
      manifest.requireIntact(key);
      manifest.requireContents(BackupArchive.read(manifest.archive(), key, null));
      return manifest.createdAt();
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + manifest.archive() + " failed", e);
    }
  }

  /**
   * Replaces the cluster in {@code dataDir} by the backup's ({@code backup} is its archive or its
   * folder); the server must be stopped. The archive is decrypted and checked in full into a folder
   * beside {@code dataDir} before {@code dataDir} is touched: a wrong key, a changed manifest or
   * archive leave it as it was. Nothing else is touched: Kafka, and with it the erasure ledger,
   * stays as it is, so the services re-apply at their next start every erasure made after the
   * backup.
   */
  public static void restore(Path backup, Path dataDir, BackupKey key) {
    BackupManifest manifest = manifest(backup);
    try {
      manifest.requireIntact(key);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + manifest.archive() + " failed", e);
    }
    if (manifest.createdAt().isBefore(Instant.now().minus(ERASURE_LEDGER_RETENTION))) {
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
    Path parent = dataDir.toAbsolutePath().getParent();
    Path restoring = parent.resolve(dataDir.getFileName() + ".restoring");
    try {
      DataDirectory.delete(restoring);
      Files.createDirectories(restoring);
      DataDirectory.ownerOnly(restoring);
      manifest.requireContents(BackupArchive.read(manifest.archive(), key, restoring));
      DataDirectory.ownerOnly(restoring);
      DataDirectory.delete(dataDir);
      Files.move(restoring, dataDir, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("restore of " + backup + " failed", e);
    } finally {
      try {
        DataDirectory.delete(restoring);
      } catch (IOException e) {
        System.err.println("could not remove " + restoring + ": " + e);
      }
    }
  }

  /** The manifest of a backup given by its folder, its archive or its manifest. */
  private static BackupManifest manifest(Path backup) {
    Path folder = backup.toAbsolutePath().normalize();
    if (Files.isRegularFile(folder)) {
      folder = folder.getParent();
    }
    if (Files.exists(folder.resolve(PLAIN_MANIFEST))
        && !Files.exists(folder.resolve(BackupManifest.FILE))) {
      throw new IllegalArgumentException(
          folder
              + " is an unencrypted backup from before backups were encrypted; restore reads only"
              + " encrypted archives. It holds personal data in plain text: delete it once a new"
              + " backup is written");
    }
    return BackupManifest.read(folder);
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
              DriverManager.getConnection(
                  current.jdbcUrl("register"), "postgres", PostgresServer.SUPERUSER_PASSWORD);
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

  /** The newest complete (encrypted) backup in {@code backupsDir}: its archive. */
  public static Optional<Path> newest(Path backupsDir) {
    if (!Files.isDirectory(backupsDir)) {
      return Optional.empty();
    }
    try (Stream<Path> dirs = Files.list(backupsDir)) {
      return dirs.filter(d -> Files.exists(d.resolve(BackupManifest.FILE)))
          .max((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .map(d -> d.resolve(BackupManifest.ARCHIVE).toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The backup's time as its manifest states it (unchecked: {@link #verify} checks it). */
  public static Instant createdAt(Path backup) {
    return manifest(backup).createdAt();
  }

  /**
   * {@code backup --port P --data DIR --to BACKUPS}: prints the archive's absolute path as the last
   * line. {@code verify --data DIR --from BACKUPS [PATH]}: checks PATH, or the newest backup, in
   * full and prints its archive's path last. {@code restore --data DIR --from BACKUPS [PATH]}:
   * restores PATH, or the newest backup. Each takes {@code --demo-key FILE} (default {@code
   * backup-demo.key} beside DIR) and {@code --production}; the key is {@code
   * REKISTERI_BACKUP_KEY}'s (see {@link BackupKey#resolve}).
   */
  public static void main(String[] args) {
    try {
      String command = args.length > 0 ? args[0] : "";
      int port = 15432;
      Path data = null;
      Path backups = null;
      Path path = null;
      Path demoKey = null;
      boolean production = false;
      for (int i = 1; i < args.length; i++) {
        switch (args[i]) {
          case "--port" -> port = Integer.parseInt(args[++i]);
          case "--data" -> data = Path.of(args[++i]);
          case "--to", "--from" -> backups = Path.of(args[++i]);
          case "--demo-key" -> demoKey = Path.of(args[++i]);
          case "--production" -> production = true;
          default -> path = Path.of(args[i]);
        }
      }
      if (data == null || backups == null) {
        throw new IllegalArgumentException("--data and --to/--from are required");
      }
      Path backupsDir = backups;
      Path demoFile =
          demoKey != null
              ? demoKey
              : data.toAbsolutePath().normalize().resolveSibling(BackupKey.DEMO_FILE);
      boolean prod = BackupKey.production(System.getenv(), production);
      switch (command) {
        case "backup" -> {
          BackupKey key = BackupKey.resolve(System.getenv(), demoFile, prod, System.err);
          Path written = backup(port, data, backupsDir, key);
          System.out.println(written);
        }
        case "verify", "restore" -> {
          Path chosen =
              path != null
                  ? path.toAbsolutePath()
                  : newest(backupsDir)
                      .orElseThrow(
                          () ->
                              new IllegalArgumentException(
                                  "no backup in " + backupsDir.toAbsolutePath()));
          BackupKey key = BackupKey.resolve(System.getenv(), demoFile, prod, System.err);
          if (command.equals("verify")) {
            Instant taken = verify(chosen, key);
            System.out.println(
                "verified " + chosen + " (taken " + taken + ", key " + key.fingerprint() + ")");
          } else {
            restore(chosen, data, key);
            System.out.println("restored " + chosen + " (taken " + createdAt(chosen) + ")");
          }
          System.out.println(chosen);
        }
        case "newest" -> System.out.println(newest(backupsDir).map(Path::toString).orElse(""));
        default -> throw new IllegalArgumentException("use backup, verify, restore or newest");
      }
    } catch (RuntimeException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(1);
    }
  }
}
