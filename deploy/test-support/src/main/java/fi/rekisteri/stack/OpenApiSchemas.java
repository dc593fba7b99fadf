package fi.rekisteri.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OpenAPI document of {@link OpenApiValidator}, its object schemas closed, and the JSON Schema
 * (2020-12, {@code format} asserted) of any part of it by JSON pointer: OpenAPI's own words are no
 * keywords, and a schema's {@code $ref} resolves inside the same document.
 */
final class OpenApiSchemas {

  private static final String BASE = "https://rekisteri.invalid/openapi/";

  private final JsonNode document;
  private final JsonSchemaFactory factory;
  private final String uri;
  private final SchemaValidatorsConfig config =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
  private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

  /** Closes the schemas of {@code document} (in place) and reads it for {@code service}. */
  OpenApiSchemas(String service, JsonNode document) {
    this.document = document;
    close(document.path("components").path("schemas"), true);
    closeUnder(document.path("paths"));
    closeUnder(document.path("components").path("responses"));
    closeUnder(document.path("components").path("requestBodies"));
    this.uri = BASE + service + ".json";
    JsonMetaSchema base = JsonMetaSchema.getV202012();
    JsonMetaSchema.Builder meta = JsonMetaSchema.builder(base.getIri(), base);
    // OpenAPI's own words: not JSON Schema keywords, nothing to validate
    for (String word :
        List.of(
            "openapi",
            "info",
            "servers",
            "paths",
            "components",
            "tags",
            "security",
            "webhooks",
            "jsonSchemaDialect",
            "externalDocs",
            "example",
            "discriminator",
            "xml")) {
      meta.keyword(new NonValidationKeyword(word));
    }
    JsonMetaSchema dialect = meta.build();
    String text = document.toString();
    this.factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder ->
                builder
                    .metaSchema(dialect)
                    .defaultMetaSchemaIri(dialect.getIri())
                    .schemaLoaders(loaders -> loaders.schemas(Map.of(uri, text))));
  }

  JsonNode document() {
    return document;
  }

  /** The node at {@code pointer} (missing when there is none). */
  JsonNode at(String pointer) {
    return document.at(pointer);
  }

  /** The schema at {@code pointer}, ready to validate; made once per pointer. */
  JsonSchema schema(String pointer) {
    return schemas.computeIfAbsent(
        pointer,
        p -> {
          JsonSchema s = factory.getSchema(SchemaLocation.of(uri + "#" + p), config);
          s.initializeValidators();
          return s;
        });
  }

  /** The pointer a local {@code $ref} names. */
  static String ref(JsonNode node) {
    String ref = node.path("$ref").asText();
    if (!ref.startsWith("#")) {
      throw new IllegalStateException("only local references are supported: " + ref);
    }
    return ref.substring(1);
  }

  /** {@code token} as one step of a JSON pointer. */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** Closes every schema found under {@code node} in the places OpenAPI puts schemas. */
  private static void closeUnder(JsonNode node) {
    if (node == null || !node.isContainerNode()) {
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
    if (node.isArray()) {
      node.forEach(OpenApiSchemas::closeUnder);
      return;
    }
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getKey().equals("schema")) {
        close(field.getValue(), false);
      } else if (!field.getKey().equals("examples") && !field.getKey().equals("example")) {
        closeUnder(field.getValue());
      }
    }
  }

  /**
   * {@code additionalProperties: false} on {@code schema} (or, with {@code many}, on each schema of
   * a map of them) and the schemas inside it, wherever an object lists its properties and says
   * nothing of others and does not combine with other schemas (allOf and its kin would need
   * unevaluatedProperties).
   */
  private static void close(JsonNode schema, boolean many) {
    if (many) {
      schema.forEach(s -> close(s, false));
      return;
    }
    if (!(schema instanceof ObjectNode object)) {
      return;
    }
    if (object.path("properties").isObject()) {
      boolean combined = object.has("allOf") || object.has("anyOf") || object.has("oneOf");
      if (!combined
          && !object.has("additionalProperties")
          && !object.has("unevaluatedProperties")) {
        object.put("additionalProperties", false);
      }
      close(object.path("properties"), true);
    }
    for (String one : List.of("items", "additionalProperties", "not", "contains")) {
      close(object.path(one), false);
    }
    for (String many2 : List.of("allOf", "anyOf", "oneOf", "prefixItems")) {
      object.path(many2).forEach(s -> close(s, false));
    }
  }
}
