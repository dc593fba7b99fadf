package fi.rekisteri.rights.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The register's controller profile (R1), read as an opaque document. The register answers {@code
 * {"profile": {...}, "versionNumber", "validFrom", "version"}}; a bare profile is accepted too.
 * {@code fallback} is true when the register has none yet: the access package then carries a fixed
 * text, and there are no recipients to notify.
 */
public record ControllerProfile(JsonNode document, boolean fallback) {

  public static ControllerProfile of(JsonNode document) {
    return new ControllerProfile(document, false);
  }

  public static ControllerProfile none() {
    return new ControllerProfile(null, true);
  }

  /** The profile itself, without the version envelope; null for the fallback. */
  public JsonNode profile() {
    if (document == null) {
      return null;
    }
    JsonNode inner = document.get("profile");
    return inner != null && inner.isObject() ? inner : document;
  }

  /** The profile with every bilingual text {@code {"fi","en"}} reduced to one language. */
  public JsonNode profileIn(String language) {
    JsonNode profile = profile();
    return profile == null ? null : localized(profile, language);
  }

  public List<String> recipients() {
    return names("recipients");
  }

  public List<String> processors() {
    return names("processors");
  }

  private List<String> names(String field) {
    List<String> names = new ArrayList<>();
    JsonNode profile = profile();
    if (profile == null || !profile.path(field).isArray()) {
      return names;
    }
    for (JsonNode item : profile.path(field)) {
      String name = item.isTextual() ? item.asText() : item.path("name").asText(null);
      if (name != null && !name.isBlank() && !names.contains(name.strip())) {
        names.add(name.strip());
      }
    }
    return names;
  }

  static JsonNode localized(JsonNode node, String language) {
    if (node.isObject()) {
      if (node.size() == 2 && node.path("fi").isTextual() && node.path("en").isTextual()) {
        return node.get("en".equals(language) ? "en" : "fi");
      }
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        copy.set(field.getKey(), localized(field.getValue(), language));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> copy.add(localized(item, language)));
      return copy;
    }
    return node;
  }
}
