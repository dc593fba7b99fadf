package fi.rekisteri.register.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The event contract, {@code contracts/register-event.schema.json}, with every keyword of its
 * declared draft in force ({@code format} included, which draft 2020-12 would only annotate).
 */
@Singleton
public class EventContract {

  public static final String RESOURCE = "contracts/register-event.schema.json";

  private final JsonSchema schema;

  public EventContract() {
    JsonNode node;
    try (InputStream in = EventContract.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      node = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + " could not be read", e);
    }
    if (!node.path("$schema").isTextual()) {
      throw new IllegalStateException(RESOURCE + " declares no $schema draft");
    }
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    this.schema =
        JsonSchemaFactory.getInstance(SpecVersionDetector.detect(node)).getSchema(node, config);
    this.schema.initializeValidators();
  }

  /**
   * Where {@code event} breaks the contract: instance path and schema keyword of each violation,
   * never the offending value. Empty when the event is valid.
   */
  public List<String> violations(JsonNode event) {
    return schema.validate(event).stream().map(EventContract::describe).sorted().toList();
  }

  private static String describe(ValidationMessage message) {
    return message.getInstanceLocation() + " (" + message.getSchemaLocation().getFragment() + ")";
  }
}
