package fi.rekisteri.rights.common;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;

/**
 * Outside the dev and test profiles no secret has a default: the service refuses to start and names
 * every missing setting, as the property and as its environment variable.
 */
@ApplicationScoped
public class RequiredSettings {

  static final List<String> SECRETS =
      List.of(
          "quarkus.datasource.password",
          "quarkus.datasource.auditowner.password",
          "quarkus.oidc-client.credentials.secret",
          "quarkus.oidc.web.credentials.secret");

  void onStart(@Observes @Priority(1) StartupEvent event, Config config) {
    List<String> missing =
        SECRETS.stream()
            .filter(name -> config.getOptionalValue(name, String.class).isEmpty())
            .toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException(message(missing));
    }
  }

  static String message(List<String> missing) {
    return "Missing required settings (no defaults outside dev and test): "
        + String.join(
            ", ", missing.stream().map(name -> name + " (" + environmentName(name) + ")").toList());
  }

  static String environmentName(String property) {
    return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }
}
