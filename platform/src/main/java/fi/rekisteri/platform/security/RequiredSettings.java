package fi.rekisteri.platform.security;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.SmallRyeConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * The service's secrets, checked first at startup (the first startup observer): every setting named
 * in {@code rekisteri.settings.secrets} must be set, in every profile, except one named {@code
 * secret?setting}, which the production profile requires only while {@code setting} is set (the
 * bounce mailbox's password while its host is); under the production profile ({@code prod}, the
 * default of a built service) none may hold a value that this repository ships (the demo values of
 * the local stack, the tests and docker-compose, {@link #SHIPPED}). Those run the profile {@code
 * local}, which accepts them. One message names every missing or refused setting, as the property
 * and as its environment variable, and never the value.
 *
 * <p>In the built service the same check runs earlier, while its runtime configuration is read and
 * before anything connects ({@link SecretsFirst}); this observer is the check of dev mode and of
 * the test suites.
 */
@ApplicationScoped
public class RequiredSettings {

  public static final String SECRETS = "rekisteri.settings.secrets";

  /**
   * Every secret value the repository ships (local stack, tests, docker-compose, realm files). The
   * demo passwords of the services' database roles are also those of their Kafka principals ({@code
   * register}, {@code rights}; the broker's super user {@code admin}), so the production profile
   * refuses them as {@code rekisteri.kafka.password} too.
   */
  public static final Set<String> SHIPPED =
      Set.of(
          "register",
          "register_audit",
          "rights",
          "rights_audit",
          "postgres",
          "admin",
          "local-demo-suppression-key-change-me",
          "local-demo-ledger-key-change-me",
          "local-demo-audit-head-key-change-me",
          "local-demo-identity-code-key-change-me",
          "rights-service-secret",
          "rekisteri-web-demo-secret-for-local-use-only",
          "rekisteri-session-cookie-demo-secret-for-local-use-only");

  void onStart(@Observes @Priority(1) StartupEvent event, Config config) {
    List<String> names = config.getOptionalValues(SECRETS, String.class).orElse(List.of());
    boolean production = production(config.unwrap(SmallRyeConfig.class).getProfiles());
    List<String> problems =
        problems(names, name -> config.getOptionalValue(name, String.class), production);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(String.join("; ", problems));
    }
  }

  /** The production profile is active and the local one is not. */
  public static boolean production(List<String> profiles) {
    return profiles.contains("prod") && !profiles.contains("local");
  }

  /**
   * What is wrong with the secrets: the missing ones in one sentence, the refused ones in another;
   * empty when all are good.
   */
  public static List<String> problems(
      List<String> names, Function<String, Optional<String>> lookup, boolean production) {
    List<String> missing = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (String entry : names) {
      int when = entry.indexOf('?');
      String name = when < 0 ? entry : entry.substring(0, when);
      boolean needed =
          when < 0
              || production
                  && lookup.apply(entry.substring(when + 1)).filter(v -> !v.isBlank()).isPresent();
      Optional<String> value = lookup.apply(name).filter(v -> !v.isBlank());
      if (value.isEmpty()) {
        if (needed) {
          missing.add(name);
        }
      } else if (production && shipped(value.get())) {
        refused.add(name);
      }
    }
    List<String> problems = new ArrayList<>();
    if (!missing.isEmpty()) {
      problems.add(
          "Missing required settings (no defaults outside dev and test): " + named(missing));
    }
    if (!refused.isEmpty()) {
      problems.add(
          "Refused settings (a demo value this repository ships; the production profile needs"
              + " secrets of your own): "
              + named(refused));
    }
    return problems;
  }

  /**
   * Whether a value is one the repository ships: the whole value, or a key of a keyring ({@code
   * id:secret,id:secret}).
   */
  static boolean shipped(String value) {
    if (SHIPPED.contains(value.trim())) {
      return true;
    }
    for (String item : value.split(",")) {
      int colon = item.indexOf(':');
      String secret = colon < 0 ? item.trim() : item.substring(colon + 1).trim();
      if (SHIPPED.contains(secret)) {
        return true;
      }
    }
    return false;
  }

  private static String named(List<String> names) {
    return String.join(
        ", ", names.stream().map(name -> name + " (" + environmentName(name) + ")").toList());
  }

  public static String environmentName(String property) {
    return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }
}
