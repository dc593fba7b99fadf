package fi.rekisteri.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a service's ahead-of-time cache (JDK 25, JEP 483/514/515) is kept: beside its {@code
 * quarkus-run.jar} (in {@code target/}, not committed), named by the service, the JDK's version and
 * a hash of the JDK, the options and the application's files (each one's path, size and
 * modification time). A rebuild, another JDK or other options name another file, so a cache is only
 * ever used with the jar and JVM it was made for; older ones of the service are removed when a new
 * one is made.
 */
final class AotCache {

  /** The parts of the fast-jar the cache depends on. */
  private static final List<String> APPLICATION =
      List.of("quarkus-run.jar", "app", "lib", "quarkus");

  private AotCache() {}

  /**
   * The cache file for {@code service} run from {@code app} (the quarkus-app folder) on {@code
   * jvm}.
   */
  static Path file(Path app, String service, ServiceJvm jvm) {
    return app.resolve(service + "-jdk" + jvm.version() + "-" + key(app, jvm) + ".aot");
  }

  static String key(Path app, ServiceJvm jvm) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      update(digest, jvm.home().toAbsolutePath().normalize().toString());
      update(digest, jvm.version());
      update(digest, String.join(" ", jvm.options()));
      for (String part : APPLICATION) {
        Path root = app.resolve(part);
        if (!Files.exists(root)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(root)) {
          for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
            update(digest, app.relativize(file).toString());
            update(digest, String.valueOf(Files.size(file)));
            update(digest, String.valueOf(Files.getLastModifiedTime(file).toMillis()));
          }
        }
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  /** Removes the service's caches other than {@code keep} (made for an older build or JDK). */
  static void removeOthers(Path app, String service, Path keep) {
    try (Stream<Path> files = Files.list(app)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.startsWith(service + "-jdk")
            && name.endsWith(".aot")
            && !file.getFileName().equals(keep.getFileName())) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException e) {
      // an old cache left behind is harmless: its name is never chosen again
    }
  }
}
