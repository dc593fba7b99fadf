package fi.rekisteri.rights.subject;

import com.fasterxml.jackson.databind.JsonNode;
import fi.rekisteri.platform.events.JsonSchemaContract;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The register's event contract, from this service's copy of it ({@code
 * contracts/register-event.schema.json}, kept identical to the register's file by
 * ContractCopyTest), with every keyword of its declared draft in force, {@code format} included.
 */
@Singleton
public class RegisterEventContract {

  public static final String RESOURCE = "contracts/register-event.schema.json";

  private final JsonSchemaContract schema;

  public RegisterEventContract() {
    this.schema = JsonSchemaContract.load(RESOURCE, RegisterEventContract.class.getClassLoader());
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
