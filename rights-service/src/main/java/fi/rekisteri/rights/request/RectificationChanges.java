package fi.rekisteri.rights.request;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.rekisteri.platform.validation.PersonalIdentityCodes;
import fi.rekisteri.rights.common.DomainException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A rectification (Art. 16) as a JSON Merge Patch (RFC 7396) of the register's contact: an absent
 * field stays as it is, {@code null} removes the value (not the first or last name), an address is
 * merged part by part. Besides the contact fields it may correct the organisation link ({@code
 * organisationId}), the free text of the subject's orders ({@code orders: {"<number>": {"summary":
 * .., "worksite": ..}}}) and attach a supplementary statement ({@code supplementaryStatement}). The
 * register's {@code contact/RectifyChanges} reads the same patch; {@link #check()} refuses here
 * what it would refuse, naming the field as {@code changes.<field>}.
 */
@Schema(
    type = SchemaType.OBJECT,
    description =
        "A JSON Merge Patch (RFC 7396) of the register's contact, as the register's rectify"
            + " command takes it")
public final class RectificationChanges {

  /** The contact fields and their longest length, as the register's contact. */
  private static final Map<String, Integer> TEXT =
      Map.of(
          "firstName", 100,
          "lastName", 100,
          "title", 100,
          "email", 254,
          "phone", 40,
          "worksite", 100,
          "caseNumber", 100,
          "notes", 2000);

  private static final Map<String, Integer> ADDRESS_PARTS =
      Map.of("street", 200, "postalCode", 5, "city", 100);
  private static final Map<String, Integer> ORDER_FIELDS = Map.of("summary", 2000, "worksite", 100);
  private static final Set<String> ADDRESSES = Set.of("postalAddress", "billingAddress");
  private static final Set<String> REQUIRED = Set.of("firstName", "lastName");
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()-]{4,38}$");
  private static final Pattern POSTAL_CODE = Pattern.compile("^[0-9]{5}$");
  private static final int STATEMENT_MAX = 2000;

  @Schema(hidden = true)
  private final ObjectNode patch;

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public RectificationChanges(ObjectNode patch) {
    this.patch = patch == null ? JsonNodeFactory.instance.objectNode() : patch;
  }

  /** The patch as it goes to the register. */
  @JsonValue
  @Schema(hidden = true)
  public ObjectNode patch() {
    return patch;
  }

  /**
   * Refuses an unknown field, a value of the wrong kind, a removed name, an invalid email, phone or
   * postal code, a too long text and a henkilötunnus in any text; names the field.
   */
  public RectificationChanges check() {
    if (patch.isEmpty()) {
      throw DomainException.invalidField("changes", "name at least one field to change");
    }
    Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      JsonNode value = field.getValue();
      String path = "changes." + name;
      if (TEXT.containsKey(name)) {
        if (value.isNull() && REQUIRED.contains(name)) {
          throw DomainException.invalidField(path, "cannot be removed, only corrected");
        }
        text(path, value, TEXT.get(name));
        if (value.isTextual() && REQUIRED.contains(name) && value.asText().isBlank()) {
          throw DomainException.invalidField(path, "must not be blank");
        }
        if (value.isTextual() && name.equals("email") && !EMAIL.matcher(value.asText()).matches()) {
          throw DomainException.invalidField(path, "must be a well-formed email address");
        }
        if (value.isTextual() && name.equals("phone") && !PHONE.matcher(value.asText()).matches()) {
          throw DomainException.invalidField(path, "must be a phone number");
        }
      } else if (ADDRESSES.contains(name)) {
        address(path, value);
      } else if (name.equals("organisationId")) {
        text(path, value, 36);
        if (value.isTextual()) {
          try {
            UUID.fromString(value.asText());
          } catch (IllegalArgumentException e) {
            throw DomainException.invalidField(path, "must be an organisation id or null");
          }
        }
      } else if (name.equals("supplementaryStatement")) {
        text(path, value, STATEMENT_MAX);
      } else if (name.equals("orders")) {
        orders(path, value);
      } else {
        throw DomainException.invalidField(path, "unknown field; it cannot be rectified");
      }
    }
    return this;
  }

  private static void address(String path, JsonNode value) {
    if (value.isNull()) {
      return;
    }
    if (!value.isObject()) {
      throw DomainException.invalidField(path, "must be an address object or null");
    }
    value
        .fields()
        .forEachRemaining(
            part -> {
              String partPath = path + "." + part.getKey();
              Integer max = ADDRESS_PARTS.get(part.getKey());
              if (max == null) {
                throw DomainException.invalidField(partPath, "unknown field of an address");
              }
              text(partPath, part.getValue(), max);
              if (part.getKey().equals("postalCode")
                  && part.getValue().isTextual()
                  && !POSTAL_CODE.matcher(part.getValue().asText()).matches()) {
                throw DomainException.invalidField(
                    partPath, "must be a Finnish postal code of five digits");
              }
            });
  }

  private static void orders(String path, JsonNode value) {
    if (!value.isObject() || value.isEmpty()) {
      throw DomainException.invalidField(path, "must be an object of order numbers");
    }
    value
        .fields()
        .forEachRemaining(
            order -> {
              String orderPath = path + "." + order.getKey();
              if (!order.getValue().isObject() || order.getValue().isEmpty()) {
                throw DomainException.invalidField(orderPath, "must be an object of corrections");
              }
              order
                  .getValue()
                  .fields()
                  .forEachRemaining(
                      field -> {
                        Integer max = ORDER_FIELDS.get(field.getKey());
                        if (max == null) {
                          throw DomainException.invalidField(
                              orderPath + "." + field.getKey(),
                              "unknown field; only summary and worksite can be rectified");
                        }
                        text(orderPath + "." + field.getKey(), field.getValue(), max);
                      });
            });
  }

  private static void text(String path, JsonNode value, int max) {
    if (value.isNull()) {
      return;
    }
    if (!value.isTextual()) {
      throw DomainException.invalidField(path, "must be a text or null");
    }
    if (value.asText().length() > max) {
      throw DomainException.invalidField(path, "size must be between 0 and " + max);
    }
    if (PersonalIdentityCodes.containsIdentityCode(value.asText())) {
      throw DomainException.invalidField(
          path, "must not contain a Finnish personal identity code (henkilötunnus)");
    }
  }

  /** The names of the fields the patch touches, for the timeline (never the values). */
  List<String> fieldNames() {
    List<String> names = new ArrayList<>();
    patch.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Override
  public String toString() {
    // the values are personal data
    return "RectificationChanges" + fieldNames();
  }
}
