package fi.rekisteri.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A JSON Schema read from the classpath with every keyword of its declared draft in force ({@code
 * format} included, which draft 2020-12 would only annotate). A schema without a {@code $schema}
 * draft, or one missing from the classpath, fails at once. What a violation is reported as is the
 * caller's choice: {@link #validate} gives the validator's messages, which may quote the offending
 * value, so a caller that logs them keeps only their locations.
 */
public final class JsonSchemaContract {

  private final JsonSchema schema;

  private JsonSchemaContract(JsonSchema schema) {
    this.schema = schema;
  }

  /** The schema at {@code resource} on {@code loader}'s classpath. */
  public static JsonSchemaContract load(String resource, ClassLoader loader) {
    JsonNode node;
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath");
      }
      node = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(resource + " could not be read", e);
    }
    if (!node.path("$schema").isTextual()) {
      throw new IllegalStateException(resource + " declares no $schema draft");
    }
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersionDetector.detect(node)).getSchema(node, config);
    schema.initializeValidators();
    return new JsonSchemaContract(schema);
  }

  /** Every violation of the schema by {@code instance}; empty when it is valid. */
  public List<ValidationMessage> validate(JsonNode instance) {
    return List.copyOf(schema.validate(instance));
  }
}
