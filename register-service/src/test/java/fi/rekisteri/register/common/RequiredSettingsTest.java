package fi.rekisteri.register.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The refusal to start names every missing secret as a property and as an environment variable. */
public class RequiredSettingsTest {

  @Test
  void message_givenMissingSecrets_thenEachNamedWithItsEnvironmentVariable() {
    String message = RequiredSettings.message(RequiredSettings.SECRETS);

    assertThat(message)
        .contains("quarkus.datasource.password (QUARKUS_DATASOURCE_PASSWORD)")
        .contains("quarkus.datasource.auditowner.password (QUARKUS_DATASOURCE_AUDITOWNER_PASSWORD)")
        .contains("rekisteri.suppression.keys (REKISTERI_SUPPRESSION_KEYS)");
  }

  @Test
  void secrets_thenTheDatabasePasswordsAndTheSuppressionKeyring() {
    assertThat(RequiredSettings.SECRETS)
        .isEqualTo(
            List.of(
                "quarkus.datasource.password",
                "quarkus.datasource.auditowner.password",
                "rekisteri.suppression.keys"));
  }
}
