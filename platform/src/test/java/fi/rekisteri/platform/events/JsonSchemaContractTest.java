package fi.rekisteri.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

class JsonSchemaContractTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final JsonSchemaContract contract =
      JsonSchemaContract.load(
          "events/test-event.schema.json", JsonSchemaContractTest.class.getClassLoader());

  @Test
  void givenAValidInstance_whenValidate_thenNoViolation() throws Exception {
    assertThat(
            contract.validate(
                JSON.readTree(
                    "{\"id\":\"3f6d2a1e-8c4b-4f7a-9b2e-5d1c0a9e7f31\","
                        + "\"occurredAt\":\"2026-01-02T03:04:05Z\"}")))
        .isEmpty();
  }

  @Test
  void givenAWrongFormat_whenValidate_thenTheFormatIsAsserted() throws Exception {
    assertThat(
            contract
                .validate(
                    JSON.readTree(
                        "{\"id\":\"not-a-uuid\",\"occurredAt\":\"2026-01-02T03:04:05Z\"}"))
                .stream()
                .map(m -> m.getSchemaLocation().getFragment().toString()))
        .containsExactly("/properties/id/format");
  }

  @Test
  void givenAMissingAndAnExtraProperty_whenValidate_thenBothAreViolations() throws Exception {
    assertThat(
            contract
                .validate(JSON.readTree("{\"occurredAt\":\"2026-01-02T03:04:05Z\",\"x\":1}"))
                .stream()
                .map(ValidationMessage::getType))
        .containsExactlyInAnyOrder("required", "additionalProperties");
  }

  @Test
  void givenAMissingResourceOrNoDraft_whenLoad_thenFailsAtOnce() {
    ClassLoader loader = JsonSchemaContractTest.class.getClassLoader();
    assertThatThrownBy(() -> JsonSchemaContract.load("events/none.json", loader))
        .hasMessageContaining("not on the classpath");
    assertThatThrownBy(() -> JsonSchemaContract.load("events/no-draft.schema.json", loader))
        .hasMessageContaining("declares no $schema draft");
  }
}
