package fi.rekisteri.stack;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * File operations on a PostgreSQL data directory for {@link Backups}: copying it (whole, or as a
 * running server's base backup leaves it), deleting it, and making a folder the owner's only.
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

  static void copy(Path from, Path to, Copy mode) throws IOException {
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            Path relative = from.relativize(dir);
            Files.createDirectories(to.resolve(relative.toString()));
            if (mode == Copy.ONLINE
                && relative.getNameCount() == 1
                && EMPTIED_DIRECTORIES.contains(relative.toString())) {
              if (relative.toString().equals("pg_wal")) {
                Files.createDirectories(to.resolve("pg_wal/archive_status"));
                Files.createDirectories(to.resolve("pg_wal/summaries"));
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
            try {
              Files.copy(
                  file,
                  to.resolve(from.relativize(file).toString()),
                  StandardCopyOption.COPY_ATTRIBUTES);
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

  static void ownerOnly(Path dir) throws IOException {
    try {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    } catch (UnsupportedOperationException notPosix) {
      // not a POSIX file system: nothing to tighten
    }
  }
}
