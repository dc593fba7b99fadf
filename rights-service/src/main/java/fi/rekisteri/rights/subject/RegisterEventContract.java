package fi.rekisteri.rights.subject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersionDetector;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The register's event contract, from this service's copy of it ({@code
 * contracts/register-event.schema.json}, kept identical to the register's file by
 * ContractCopyTest), with every keyword of its declared draft in force, {@code format} included.
 */
@Singleton
public class RegisterEventContract {

  public static final String RESOURCE = "contracts/register-event.schema.json";

  private final JsonSchema schema;

  public RegisterEventContract() {
    JsonNode node;
    try (InputStream in =
        RegisterEventContract.class.getClassLoader().getResourceAsStream(RESOURCE)) {
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
   * The places in the schema that {@code record} breaks; empty when it is a valid envelope. Only
   * schema locations, never a key or value of the record, so they can be logged.
   */
  public List<String> violations(JsonNode record) {
    return schema.validate(record).stream()
        .map(m -> String.valueOf(m.getSchemaLocation().getFragment()))
        .distinct()
        .sorted()
        .toList();
  }
}
