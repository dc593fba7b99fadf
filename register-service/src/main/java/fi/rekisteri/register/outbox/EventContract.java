package fi.rekisteri.register.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import fi.rekisteri.platform.events.JsonSchemaContract;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The event contract, {@code contracts/register-event.schema.json}, with every keyword of its
 * declared draft in force ({@code format} included, which draft 2020-12 would only annotate).
 */
@Singleton
public class EventContract {

  public static final String RESOURCE = "contracts/register-event.schema.json";

  private final JsonSchemaContract schema;

  public EventContract() {
    this.schema = JsonSchemaContract.load(RESOURCE, EventContract.class.getClassLoader());
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
