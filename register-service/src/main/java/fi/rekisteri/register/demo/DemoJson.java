package fi.rekisteri.register.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.rekisteri.register.common.Address;
import fi.rekisteri.register.common.Source;

/** Reading the fields of demo/demo-data.json. */
final class DemoJson {

  private DemoJson() {}

  static Source source(ObjectMapper mapper, JsonNode node) {
    return mapper.convertValue(node, Source.class);
  }

  static Address address(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    return new Address(
        node.get("street").asText(), node.get("postalCode").asText(), node.get("city").asText());
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
