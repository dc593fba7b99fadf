package fi.rekisteri.register.contact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.rekisteri.platform.validation.PersonalIdentityCodes;
import fi.rekisteri.register.common.Address;
import fi.rekisteri.register.common.DomainException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A rectification (Art. 16) as a JSON Merge Patch (RFC 7396) of the contact: an absent field stays
 * as it is, {@code null} removes the value (not the first or last name), an address is merged field
 * by field. Besides the contact fields it may correct the organisation link ({@code
 * organisationId}), the free text of the subject's orders ({@code orders: {"<number>": {"summary":
 * .., "worksite": ..}}}) and attach the subject's supplementary statement ({@code
 * supplementaryStatement}). Any other field is refused, naming it as {@code changes.<field>}.
 */
@Schema(
    type = SchemaType.OBJECT,
    description =
        "A JSON Merge Patch (RFC 7396) of the contact: firstName, lastName, title, email, phone,"
            + " worksite, caseNumber, notes, postalAddress, billingAddress, organisationId,"
            + " supplementaryStatement, orders")
public final class RectifyChanges {

  static final List<String> TEXT_FIELDS =
      List.of(
          "firstName", "lastName", "title", "email", "phone", "worksite", "caseNumber", "notes");
  static final List<String> ADDRESS_FIELDS = List.of("postalAddress", "billingAddress");
  static final Set<String> REQUIRED = Set.of("firstName", "lastName");
  static final Set<String> ADDRESS_PARTS = Set.of("street", "postalCode", "city");
  static final Set<String> ORDER_FIELDS = Set.of("summary", "worksite");
  static final String ORGANISATION = "organisationId";
  static final String STATEMENT = "supplementaryStatement";
  static final String ORDERS = "orders";
  static final int STATEMENT_MAX = 2000;

  /** One order's corrections: a field absent from {@code patch} stays as it is. */
  public record OrderChanges(ObjectNode patch) {

    public boolean has(String field) {
      return patch.has(field);
    }

    /** The new value of {@code field} ({@code null}: removed). */
    public String value(String field) {
      JsonNode value = patch.get(field);
      return value == null || value.isNull() ? null : value.asText();
    }
  }

  @Schema(hidden = true)
  private final ObjectNode patch;

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public RectifyChanges(ObjectNode patch) {
    this.patch = patch == null ? JsonNodeFactory.instance.objectNode() : patch;
  }

  @JsonValue
  @Schema(hidden = true)
  public ObjectNode patch() {
    return patch;
  }

  /** Refuses any field or value of the wrong kind, naming it; the values are checked later. */
  public void check() {
    Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      JsonNode value = field.getValue();
      String path = "changes." + name;
      if (TEXT_FIELDS.contains(name)) {
        if (value.isNull() && REQUIRED.contains(name)) {
          throw DomainException.invalidField(path, "cannot be removed, only corrected");
        }
        requireTextOrNull(path, value);
      } else if (ADDRESS_FIELDS.contains(name)) {
        if (!value.isNull() && !value.isObject()) {
          throw DomainException.invalidField(path, "must be an address object or null");
        }
        if (value.isObject()) {
          value
              .fields()
              .forEachRemaining(
                  part -> {
                    if (!ADDRESS_PARTS.contains(part.getKey())) {
                      throw DomainException.invalidField(
                          path + "." + part.getKey(), "unknown field of an address");
                    }
                    requireTextOrNull(path + "." + part.getKey(), part.getValue());
                  });
        }
      } else if (ORGANISATION.equals(name)) {
        requireTextOrNull(path, value);
        if (value.isTextual()) {
          try {
            UUID.fromString(value.asText());
          } catch (IllegalArgumentException e) {
            throw DomainException.invalidField(path, "must be an organisation id or null");
          }
        }
      } else if (STATEMENT.equals(name)) {
        requireTextOrNull(path, value);
        if (value.isTextual() && value.asText().length() > STATEMENT_MAX) {
          throw DomainException.invalidField(path, "size must be between 0 and " + STATEMENT_MAX);
        }
        if (value.isTextual() && PersonalIdentityCodes.containsIdentityCode(value.asText())) {
          throw DomainException.invalidField(
              path, "must not contain a Finnish personal identity code (henkilötunnus)");
        }
      } else if (ORDERS.equals(name)) {
        checkOrders(path, value);
      } else {
        throw DomainException.invalidField(path, "unknown field; it cannot be rectified");
      }
    }
  }

  private static void checkOrders(String path, JsonNode value) {
    if (!value.isObject()) {
      throw DomainException.invalidField(path, "must be an object of order numbers");
    }
    value
        .fields()
        .forEachRemaining(
            order -> {
              String orderPath = path + "." + order.getKey();
              if (!order.getValue().isObject()) {
                throw DomainException.invalidField(orderPath, "must be an object of corrections");
              }
              order
                  .getValue()
                  .fields()
                  .forEachRemaining(
                      field -> {
                        if (!ORDER_FIELDS.contains(field.getKey())) {
                          throw DomainException.invalidField(
                              orderPath + "." + field.getKey(),
                              "unknown field; only summary and worksite can be rectified");
                        }
                        requireTextOrNull(orderPath + "." + field.getKey(), field.getValue());
                      });
            });
  }

  private static void requireTextOrNull(String path, JsonNode value) {
    if (!value.isNull() && !value.isTextual()) {
      throw DomainException.invalidField(path, "must be a text or null");
    }
  }

  /** True if the patch names {@code field}. */
  public boolean has(String field) {
    return patch.has(field);
  }

  /** The contact fields the patch names (not the statement or the orders). */
  boolean changesContact() {
    return TEXT_FIELDS.stream().anyMatch(patch::has)
        || ADDRESS_FIELDS.stream().anyMatch(patch::has)
        || patch.has(ORGANISATION);
  }

  /** The statement to attach, if the patch names one ({@code Optional.of(null)} is impossible). */
  Optional<JsonNode> statement() {
    return Optional.ofNullable(patch.get(STATEMENT));
  }

  /** The orders' corrections by order number, in the order given. */
  public Map<String, OrderChanges> orders() {
    Map<String, OrderChanges> orders = new LinkedHashMap<>();
    JsonNode value = patch.get(ORDERS);
    if (value != null && value.isObject()) {
      value
          .fields()
          .forEachRemaining(
              order -> orders.put(order.getKey(), new OrderChanges((ObjectNode) order.getValue())));
    }
    return orders;
  }

  ContactRequest applyTo(ContactRequest current) {
    return new ContactRequest(
        text("firstName", current.firstName()),
        text("lastName", current.lastName()),
        text("title", current.title()),
        patch.has(ORGANISATION)
            ? (patch.get(ORGANISATION).isNull()
                ? null
                : UUID.fromString(patch.get(ORGANISATION).asText()))
            : current.organisationId(),
        text("email", current.email()),
        text("phone", current.phone()),
        address("postalAddress", current.postalAddress()),
        address("billingAddress", current.billingAddress()),
        text("worksite", current.worksite()),
        text("caseNumber", current.caseNumber()),
        text("notes", current.notes()),
        current.relationshipStart(),
        current.relationshipEnd(),
        current.source());
  }

  private String text(String field, String current) {
    if (!patch.has(field)) {
      return current;
    }
    JsonNode value = patch.get(field);
    return value.isNull() ? null : value.asText();
  }

  /** RFC 7396 on an address: null removes it, an object is merged part by part. */
  private Address address(String field, Address current) {
    if (!patch.has(field)) {
      return current;
    }
    JsonNode value = patch.get(field);
    if (value.isNull()) {
      return null;
    }
    Address base = current == null ? new Address(null, null, null) : current;
    return Address.ofNullable(
        part(value, "street", base.street()),
        part(value, "postalCode", base.postalCode()),
        part(value, "city", base.city()));
  }

  private static String part(JsonNode address, String name, String current) {
    if (!address.has(name)) {
      return current;
    }
    JsonNode value = address.get(name);
    return value.isNull() ? null : value.asText();
  }

  @Override
  public String toString() {
    // the values are personal data
    return "RectifyChanges" + patch.properties().stream().map(Map.Entry::getKey).toList();
  }
}
