package fi.rekisteri.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The JVM the services run on, and its options: {@code REKISTERI_SERVICE_JAVA_HOME} if set; else
 * the newest installed JDK of major version 25 or later (the stack's own java, {@code JAVA_HOME},
 * or a JDK under {@code /usr/lib/jvm}), with compact object headers and an ahead-of-time cache
 * ({@link AotCache}); else the stack's own java (the build's JDK 17) with the AppCDS archive the
 * build leaves beside the jar. {@code REKISTERI_SERVICE_JAVA_OPTS} replaces the options.
 *
 * @param home the JDK's home directory
 * @param major its major version (from its {@code release} file; 0 when unknown)
 * @param version its full version ({@code JAVA_VERSION}, e.g. 25.0.3; "unknown" when unknown)
 * @param options the options before {@code -jar}, without the archive or cache
 * @param appCds whether to add the build's AppCDS archive (app-cds.jsa, made by the stack's JDK)
 * @param aotCache whether to use (and make, when missing) an AOT cache for this JDK and jar
 * @param notice the one line the stack prints about this choice
 */
public record ServiceJvm(
    Path home,
    int major,
    String version,
    List<String> options,
    boolean appCds,
    boolean aotCache,
    String notice) {

  /** The major version from which the services get compact object headers and an AOT cache. */
  public static final int AOT_MAJOR = 25;

  /**
   * The services' JVM options, chosen by measurement (deploy/bench/run, part 5): a small initial
   * heap that grows to at most 256 MiB, the serial collector, and C1 only. Against C2 this took a
   * third off the resident memory and about a second off the start at the same write throughput
   * (reads about 10 to 20 % slower). On JDK 25 {@code -XX:+UseCompactObjectHeaders} is added.
   */
  public static final String DEFAULT_JAVA_OPTIONS =
      "-Xms32m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

  static final String COMPACT_HEADERS = "-XX:+UseCompactObjectHeaders";

  /** The choice for this launcher: its environment, its own java and {@code /usr/lib/jvm}. */
  public static ServiceJvm current() {
    return choose(
        System.getenv(),
        Path.of(System.getProperty("java.home")),
        List.of(Path.of("/usr/lib/jvm")));
  }

  /**
   * The choice from {@code env} ({@code REKISTERI_SERVICE_JAVA_HOME}, {@code JAVA_HOME}, {@code
   * REKISTERI_SERVICE_JAVA_OPTS}), the stack's own java home and the folders that hold installed
   * JDKs (each subfolder with a {@code release} file and {@code bin/java} is one).
   */
  public static ServiceJvm choose(Map<String, String> env, Path ownHome, List<Path> jdkFolders) {
    String explicit = env.get("REKISTERI_SERVICE_JAVA_HOME");
    if (explicit != null && !explicit.isBlank()) {
      Path home = Path.of(explicit.trim());
      if (!Files.isRegularFile(java(home))) {
        throw new IllegalStateException(
            "REKISTERI_SERVICE_JAVA_HOME=" + explicit + " has no bin/java");
      }
      String version = version(home).orElse("unknown");
      return of(
          env,
          home,
          version,
          sameFile(home, ownHome),
          "services' JVM: "
              + describe(home, version)
              + " (REKISTERI_SERVICE_JAVA_HOME)"
              + features(major(version)));
    }
    List<Path> candidates = new ArrayList<>();
    candidates.add(ownHome);
    String javaHome = env.get("JAVA_HOME");
    if (javaHome != null && !javaHome.isBlank()) {
      candidates.add(Path.of(javaHome.trim()));
    }
    for (Path folder : jdkFolders) {
      try (Stream<Path> homes = Files.list(folder)) {
        homes.sorted().forEach(candidates::add);
      } catch (IOException e) {
        // no such folder: no JDKs there
      }
    }
    Optional<Path> newest =
        candidates.stream()
            .filter(home -> Files.isRegularFile(java(home)))
            .filter(home -> major(version(home).orElse("")) >= AOT_MAJOR)
            // the newest major; among equals the first found (own, JAVA_HOME, then by name)
            .max(Comparator.comparingInt((Path home) -> major(version(home).orElse(""))));
    if (newest.isPresent()) {
      Path home = newest.get();
      String version = version(home).orElse("unknown");
      return of(
          env,
          home,
          version,
          sameFile(home, ownHome),
          "services' JVM: " + describe(home, version) + features(major(version)));
    }
    String version = version(ownHome).orElse(Runtime.version().toString());
    int major = major(version);
    return of(
        env,
        ownHome,
        version,
        true,
        "JDK "
            + AOT_MAJOR
            + " not found: the services run on JDK "
            + (major > 0 ? major : version)
            + " with AppCDS; install Temurin "
            + AOT_MAJOR
            + " (or set REKISTERI_SERVICE_JAVA_HOME) for a faster start"
            + " (compact object headers and an AOT cache)");
  }

  private static ServiceJvm of(
      Map<String, String> env, Path home, String version, boolean own, String notice) {
    int major = major(version);
    String replaced = env.get("REKISTERI_SERVICE_JAVA_OPTS");
    List<String> options;
    if (replaced != null && !replaced.isBlank()) {
      options = List.of(replaced.trim().split("\\s+"));
    } else {
      String text = DEFAULT_JAVA_OPTIONS + (major >= AOT_MAJOR ? " " + COMPACT_HEADERS : "");
      options = List.of(text.split("\\s+"));
    }
    // options that already name an archive or cache, or turn sharing off, are left as given
    boolean ownArchive =
        options.stream()
            .anyMatch(
                o ->
                    o.startsWith("-XX:AOT")
                        || o.startsWith("-XX:SharedArchiveFile")
                        || o.startsWith("-Xshare"));
    boolean aot = major >= AOT_MAJOR && !ownArchive;
    // the build's AppCDS archive is made by the build's JDK, which is the stack's own java
    boolean appCds = own && major < AOT_MAJOR && !ownArchive;
    return new ServiceJvm(home, major, version, options, appCds, aot, notice);
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  public Path java() {
    return java(home);
  }

  private static Path java(Path home) {
    return home.resolve("bin").resolve("java");
  }

  private static String describe(Path home, String version) {
    return "JDK " + version + " (" + home + ")";
  }

  private static String features(int major) {
    return major >= AOT_MAJOR ? ", compact object headers, AOT cache" : "";
  }

  /** {@code JAVA_VERSION} of the JDK's {@code release} file, e.g. {@code 25.0.3}. */
  static Optional<String> version(Path home) {
    Path release = home.resolve("release");
    try {
      for (String line : Files.readAllLines(release)) {
        if (line.startsWith("JAVA_VERSION=")) {
          return Optional.of(line.substring("JAVA_VERSION=".length()).replace("\"", "").trim());
        }
      }
    } catch (IOException e) {
      // no release file: not a JDK we can identify
    }
    return Optional.empty();
  }

  /** 25 for "25.0.3" or "25", 8 for "1.8.0_402"; 0 for what is not a version. */
  static int major(String version) {
    String[] parts = version.split("[.+\\-_]");
    try {
      int first = Integer.parseInt(parts[0]);
      return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
