package fi.rekisteri.platform.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.FieldInfo;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

/**
 * Publishes what the JSON really holds: every property of a schema that the Java class behind it
 * can leave null is published as nullable (OpenAPI 3.1: {@code type: [string, "null"]}, or {@code
 * anyOf: [{$ref}, {type: "null"}]} beside a reference), because Jackson writes a null field as
 * {@code null}. A property stays non-null when its Java type cannot be null (a primitive), when it
 * is required ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}), or when Jackson leaves it
 * out instead of writing null ({@code @JsonInclude(NON_NULL)} or stricter, on the property or its
 * class). The class of each schema is found in the index by the schema's name
 * ({@code @Schema(name)} or the simple name; a generic one like {@code PageContactView} by its
 * prefix) and its property names; a schema with properties whose class cannot be found fails the
 * build, so the published nullability never falls behind the code.
 */
public final class OpenApiNullability {

  private static final String ROOT = "fi.rekisteri.";
  private static final DotName SCHEMA =
      DotName.createSimple("org.eclipse.microprofile.openapi.annotations.media.Schema");
  private static final DotName JSON_PROPERTY =
      DotName.createSimple("com.fasterxml.jackson.annotation.JsonProperty");
  private static final DotName JSON_INCLUDE =
      DotName.createSimple("com.fasterxml.jackson.annotation.JsonInclude");
  private static final Set<DotName> NOT_NULL =
      Set.of(
          DotName.createSimple("jakarta.validation.constraints.NotNull"),
          DotName.createSimple("jakarta.validation.constraints.NotBlank"),
          DotName.createSimple("jakarta.validation.constraints.NotEmpty"));
  private static final Set<String> LEFT_OUT =
      Set.of("NON_NULL", "NON_ABSENT", "NON_EMPTY", "NON_DEFAULT");

  private final IndexView index;
  private final Map<String, List<ClassInfo>> byName = new HashMap<>();

  public OpenApiNullability(IndexView index) {
    this.index = index;
    for (ClassInfo type : index.getKnownClasses()) {
      if (!type.name().toString().startsWith(ROOT)
          || type.isAnnotation()
          || type.isInterface()
          || type.isEnum()) {
        continue;
      }
      byName.computeIfAbsent(schemaName(type), k -> new ArrayList<>()).add(type);
    }
  }

  /** Marks the nullable properties of every schema; adds to {@code missing} what it cannot. */
  public void apply(Map<String, Schema> schemas, List<String> missing) {
    if (schemas == null) {
      return;
    }
    for (Map.Entry<String, Schema> entry : schemas.entrySet()) {
      Schema schema = entry.getValue();
      Map<String, Schema> properties = schema.getProperties();
      if (properties == null || properties.isEmpty()) {
        continue;
      }
      List<ClassInfo> classes = classes(entry.getKey(), properties.keySet());
      if (classes.isEmpty()) {
        missing.add(
            "schema "
                + entry.getKey()
                + ": no class of its name with properties "
                + properties.keySet()
                + " (nullability)");
        continue;
      }
      List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
      Map<String, Schema> published = new LinkedHashMap<>();
      properties.forEach(
          (name, property) -> {
            boolean nonNull =
                required.contains(name) || classes.stream().allMatch(type -> neverNull(type, name));
            published.put(name, nonNull ? property : nullable(property));
          });
      schema.setProperties(published);
    }
  }

  /** The classes named like the schema whose JSON properties are the schema's. */
  private List<ClassInfo> classes(String schema, Set<String> properties) {
    List<ClassInfo> candidates = new ArrayList<>();
    // SmallRye numbers a second class of the same simple name: SubjectDetails1
    candidates.addAll(byName.getOrDefault(schema.replaceFirst("[0-9]+$", ""), List.of()));
    byName.forEach(
        (name, types) ->
            types.stream()
                .filter(
                    type ->
                        !type.typeParameters().isEmpty()
                            && schema.startsWith(name)
                            && !schema.equals(name))
                .forEach(candidates::add));
    return candidates.stream().filter(type -> properties(type).equals(properties)).toList();
  }

  private Set<String> properties(ClassInfo type) {
    Set<String> names = new LinkedHashSet<>();
    for (ClassInfo c = type; c != null; c = superclass(c)) {
      if (c.isRecord()) {
        for (var component : c.recordComponents()) {
          names.add(jsonName(c, component.name()));
        }
      } else {
        for (FieldInfo field : c.fields()) {
          if (!java.lang.reflect.Modifier.isStatic(field.flags())) {
            names.add(jsonName(c, field.name()));
          }
        }
      }
    }
    return names;
  }

  private ClassInfo superclass(ClassInfo type) {
    DotName superName = type.superName();
    return superName == null || !superName.toString().startsWith(ROOT)
        ? null
        : index.getClassByName(superName);
  }

  /** Whether the Java property behind JSON property {@code name} can never be written as null. */
  private boolean neverNull(ClassInfo type, String name) {
    if (leftOut(type.declaredAnnotation(JSON_INCLUDE))) {
      return true;
    }
    for (ClassInfo c = type; c != null; c = superclass(c)) {
      for (FieldInfo field : c.fields()) {
        if (java.lang.reflect.Modifier.isStatic(field.flags())
            || !jsonName(c, field.name()).equals(name)) {
          continue;
        }
        if (field.type().kind() == Type.Kind.PRIMITIVE) {
          return true;
        }
        List<AnnotationInstance> annotations = new ArrayList<>(field.declaredAnnotations());
        annotations.addAll(field.type().annotations());
        MethodInfo accessor = c.method(field.name());
        if (accessor != null) {
          annotations.addAll(accessor.declaredAnnotations());
        }
        return annotations.stream()
            .anyMatch(
                a -> NOT_NULL.contains(a.name()) || a.name().equals(JSON_INCLUDE) && leftOut(a));
      }
    }
    return false;
  }

  private static boolean leftOut(AnnotationInstance include) {
    if (include == null) {
      return false;
    }
    AnnotationValue value = include.value();
    return value != null && LEFT_OUT.contains(value.asEnum());
  }

  private static String jsonName(ClassInfo type, String field) {
    FieldInfo info = type.field(field);
    AnnotationInstance renamed = info == null ? null : info.declaredAnnotation(JSON_PROPERTY);
    if (renamed == null) {
      MethodInfo accessor = type.method(field);
      renamed = accessor == null ? null : accessor.declaredAnnotation(JSON_PROPERTY);
    }
    return renamed != null && renamed.value() != null && !renamed.value().asString().isEmpty()
        ? renamed.value().asString()
        : field;
  }

  private static String schemaName(ClassInfo type) {
    AnnotationInstance schema = type.declaredAnnotation(SCHEMA);
    AnnotationValue name = schema == null ? null : schema.value("name");
    if (name != null && !name.asString().isEmpty()) {
      return name.asString();
    }
    return type.name().withoutPackagePrefix().replaceFirst(".*\\$", "");
  }

  /** {@code property} that also allows null: a type list with "null", or anyOf beside a $ref. */
  static Schema nullable(Schema property) {
    if (property.getRef() != null) {
      Map<String, Object> rest = new LinkedHashMap<>(property.getAll());
      rest.remove("$ref");
      // a description on the property makes SmallRye add the referenced schema's type beside the
      // $ref; beside anyOf [ref, null] it would refuse the null
      rest.remove("type");
      Schema wrapped = OASFactory.createSchema();
      wrapped.setAll(rest);
      return wrapped
          .addAnyOf(OASFactory.createSchema().ref(property.getRef()))
          .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
    }
    if (property.getType() != null && !property.getType().isEmpty()) {
      if (!property.getType().contains(Schema.SchemaType.NULL)) {
        property.addType(Schema.SchemaType.NULL);
      }
      if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
        property.addEnumeration(null);
      }
      return property;
    }
    if (property.getAnyOf() != null || property.getOneOf() != null) {
      Schema nullSchema = OASFactory.createSchema().addType(Schema.SchemaType.NULL);
      if (property.getAnyOf() != null) {
        property.addAnyOf(nullSchema);
      } else {
        property.addOneOf(nullSchema);
      }
      return property;
    }
    // no type and no reference: any JSON value, null included
    return property;
  }
}
