package fi.rekisteri.platform.security;

import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigSourceInterceptorFactory;
import io.smallrye.config.ConfigValue;
import jakarta.annotation.Priority;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@link RequiredSettings}' check, made while the built service's runtime configuration is being
 * read, before anything connects: the datasources, Flyway's migration at start, the OIDC discovery
 * and the Kafka clients all come later. One message names every missing or refused setting (never a
 * value) and the service does not start. The startup observer of {@link RequiredSettings} stays as
 * the check of dev mode and of the {@code @QuarkusTest} suites, whose configuration the test
 * framework assembles.
 *
 * <p>Registered through {@code
 * META-INF/services/io.smallrye.config.ConfigSourceInterceptorFactory}; it intercepts nothing: it
 * only reads, at the moment the runtime configuration is built.
 */
@Priority(Integer.MAX_VALUE)
public class SecretsFirst implements ConfigSourceInterceptorFactory {

  @Override
  public ConfigSourceInterceptor getInterceptor(ConfigSourceInterceptorContext context) {
    if (ExecutionMode.current() == ExecutionMode.RUNTIME_INIT
        && LaunchMode.current() == LaunchMode.NORMAL) {
      List<String> problems = problems(context);
      if (!problems.isEmpty()) {
        throw new IllegalStateException(String.join("; ", problems));
      }
    }
    return (chain, name) -> chain.proceed(name);
  }

  @Override
  public OptionalInt getPriority() {
    return OptionalInt.of(Integer.MAX_VALUE);
  }

  static List<String> problems(ConfigSourceInterceptorContext context) {
    List<String> profiles =
        value(context, List.of(), "quarkus.profile")
            .map(SecretsFirst::list)
            .orElse(List.of(LaunchMode.current().getDefaultProfile()));
    List<String> names =
        value(context, profiles, RequiredSettings.SECRETS)
            .map(SecretsFirst::list)
            .orElse(List.of());
    return RequiredSettings.problems(
        names, name -> value(context, profiles, name), RequiredSettings.production(profiles));
  }

  /** The value of a setting under the active profiles (the first profile named wins), raw. */
  private static Optional<String> value(
      ConfigSourceInterceptorContext context, List<String> profiles, String name) {
    for (String profile : profiles) {
      Optional<String> value = raw(context, "%" + profile + "." + name);
      if (value.isPresent()) {
        return value;
      }
    }
    return raw(context, name);
  }

  private static Optional<String> raw(ConfigSourceInterceptorContext context, String name) {
    ConfigValue value = context.proceed(name);
    return Optional.ofNullable(value).map(ConfigValue::getValue).filter(v -> !v.isBlank());
  }

  private static List<String> list(String value) {
    return Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
  }
}
