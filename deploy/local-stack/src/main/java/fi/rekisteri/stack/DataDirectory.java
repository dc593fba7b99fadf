package fi.rekisteri.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * File operations on a PostgreSQL data directory for {@link Backups}: copying it (whole, or as a
 * running server's base backup leaves it) into an encrypted archive, deleting it, and making a
 * folder the owner's only.
 */
final class DataDirectory {

  /** Left out of every copy: the running server's own files and what it rebuilds at start. */
  private static final Set<String> SKIPPED_FILES =
      Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "backup_label.old");

  /**
   * Copied as empty directories (PostgreSQL docs, "Making a Base Backup Using the Low Level API").
   */
  private static final Set<String> EMPTIED_DIRECTORIES =
      Set.of(
          "pg_dynshmem",
          "pg_notify",
          "pg_serial",
          "pg_snapshots",
          "pg_stat_tmp",
          "pg_subtrans",
          "pg_replslot",
          "pg_wal");

  private DataDirectory() {}

  /**
   * ONLINE: a running server's copy, without the directories a running server's copy leaves empty;
   * WHOLE: everything.
   */
  enum Copy {
    ONLINE,
    WHOLE
  }

  /** Where a copy goes: an encrypted archive ({@link BackupArchive.Writer}). */
  interface Sink {
    /** A folder, by its path relative to the data directory ("" for the data directory). */
    void directory(String path) throws IOException;

    /** A file, by its path relative to the data directory, with what it holds. */
    void file(String path, InputStream content) throws IOException;
  }

  /** Copies the data directory {@code from} into {@code to}, folder by folder, file by file. */
  static void copy(Path from, Sink to, Copy mode) throws IOException {
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            Path relative = from.relativize(dir);
            to.directory(slashed(relative));
            if (mode == Copy.ONLINE
                && relative.getNameCount() == 1
                && EMPTIED_DIRECTORIES.contains(relative.toString())) {
              if (relative.toString().equals("pg_wal")) {
                to.directory("pg_wal/archive_status");
                to.directory("pg_wal/summaries");
              }
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            String name = file.getFileName().toString();
            if (SKIPPED_FILES.contains(name) || name.startsWith("pgsql_tmp")) {
              return FileVisitResult.CONTINUE;
            }
            try (InputStream content = Files.newInputStream(file)) {
              to.file(slashed(from.relativize(file)), content);
            } catch (NoSuchFileException gone) {
              // dropped by the server during an online copy; the WAL replay recreates what counts
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof NoSuchFileException) {
              return FileVisitResult.CONTINUE;
            }
            throw e;
          }
        });
  }

  /** A relative path with '/' between its names, as archives keep it. */
  static String slashed(Path relative) {
    StringBuilder path = new StringBuilder();
    for (Path name : relative) {
      if (!name.toString().isEmpty()) {
        path.append(path.length() == 0 ? "" : "/").append(name);
      }
    }
    return path.toString();
  }

  static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      List<Path> all = new ArrayList<>(paths.toList());
      Collections.reverse(all);
      for (Path path : all) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** Creates the new, empty file {@code file}, readable and writable by its owner only. */
  static void createOwnerOnly(Path file) throws IOException {
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(file);
    }
  }

  static void ownerOnly(Path dir) throws IOException {
    try {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    } catch (UnsupportedOperationException notPosix) {
      // not a POSIX file system: nothing to tighten
    }
  }
}
