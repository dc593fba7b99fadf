package fi.rekisteri.rights.register;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The register's controller profile (R1), read as an opaque document. {@code fallback} is true
 * when the register has none yet: the access package then carries a fixed text, and there are no
 * recipients to notify.
 */
public record ControllerProfile(JsonNode document, boolean fallback) {

  public static ControllerProfile of(JsonNode document) {
    return new ControllerProfile(document, false);
  }

  public static ControllerProfile fallback() {
    return new ControllerProfile(null, true);
  }

  public List<String> recipients() {
    return names("recipients");
  }

  public List<String> processors() {
    return names("processors");
  }

  private List<String> names(String field) {
    List<String> names = new ArrayList<>();
    if (document == null || !document.path(field).isArray()) {
      return names;
    }
    for (JsonNode item : document.path(field)) {
      String name = item.isTextual() ? item.asText() : item.path("name").asText(null);
      if (name != null && !name.isBlank() && !names.contains(name.strip())) {
        names.add(name.strip());
      }
    }
    return names;
  }
}
