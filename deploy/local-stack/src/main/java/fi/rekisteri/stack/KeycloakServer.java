package fi.rekisteri.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak from the Maven Central distribution, in dev mode with an in-memory database, so that
 * every start imports the realm file afresh and two instances never share state.
 */
public final class KeycloakServer implements AutoCloseable {

  public static final String REALM = "rekisteri";

  private final Path home;
  private final Path log;
  private final int port;
  private final int managementPort;
  private Process process;

  public KeycloakServer(Path home, Path log, int port, int managementPort) {
    this.home = home;
    this.log = log;
    this.port = port;
    this.managementPort = managementPort;
  }

  public static Path distribution(Path cacheDir, String version) {
    Path home = cacheDir.resolve("keycloak-" + version);
    if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
      throw new IllegalStateException(
          "Keycloak distribution missing at " + home + "; build the project first");
    }
    return home;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public String issuer() {
    return baseUrl() + "/realms/" + REALM;
  }

  public int port() {
    return port;
  }

  public KeycloakServer start(Path realmFile, Duration timeout) {
    return start(realmFile, timeout, Map.of());
  }

  /**
   * As {@link #start(Path, Duration)}, with more environment variables for Keycloak: the values of
   * a realm file's {@code ${VARIABLE}} placeholders (the production realm's secrets).
   */
  public KeycloakServer start(Path realmFile, Duration timeout, Map<String, String> environment) {
    try {
      Path importDir = home.resolve("data/import");
      Files.createDirectories(importDir);
      Files.copy(
          realmFile, importDir.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
      process =
          Processes.start(
              List.of(
                  "bash",
                  home.resolve("bin/kc.sh").toString(),
                  "start-dev",
                  "--db=dev-mem",
                  "--http-host=127.0.0.1",
                  "--http-port=" + port,
                  "--http-management-port=" + managementPort,
                  "--hostname=" + baseUrl(),
                  "--hostname-strict=false",
                  "--health-enabled=true",
                  "--import-realm"),
              home,
              log,
              withDefaults(environment));
      Processes.await(
          "Keycloak",
          process,
          timeout,
          () -> Processes.httpOk(issuer() + "/.well-known/openid-configuration"));
      return this;
    } catch (IOException e) {
      throw new IllegalStateException("Keycloak did not start", e);
    }
  }

  private static Map<String, String> withDefaults(Map<String, String> environment) {
    Map<String, String> all = new java.util.HashMap<>(environment);
    all.put(
        "KC_BOOTSTRAP_ADMIN_USERNAME",
        System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"));
    all.put(
        "KC_BOOTSTRAP_ADMIN_PASSWORD",
        System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"));
    all.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
    return all;
  }

  public ProcessHandle handle() {
    return process == null ? null : process.toHandle();
  }

  @Override
  public void close() {
    if (process != null) {
      Processes.stopTree(process.toHandle(), Duration.ofSeconds(20));
    }
  }
}
