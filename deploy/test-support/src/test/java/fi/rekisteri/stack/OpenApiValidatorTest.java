package fi.rekisteri.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validator finds what a strict one must: it can fail. */
class OpenApiValidatorTest {

  private static final String DOCUMENT =
      """
      openapi: 3.1.0
      info: {title: t, version: "1"}
      paths:
        /things/{id}:
          parameters:
          - {name: id, in: path, required: true, schema: {type: string, format: uuid}}
          get:
            parameters:
            - {name: limit, in: query, schema: {type: integer, minimum: 1}}
            - {name: requestId, in: query, schema: {type: string, pattern: "^[a-z0-9-]{1,40}$"}}
            responses:
              "200":
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/Thing"}
              "404":
                $ref: "#/components/responses/NotFound"
        /things/search:
          post:
            requestBody:
              required: true
              content:
                application/json:
                  schema:
                    type: object
                    required: [name]
                    properties:
                      name: {type: string, maxLength: 5}
                      tags:
                        type: array
                        items:
                          type: object
                          properties:
                            id: {type: string, format: uuid}
            responses:
              "204": {description: none}
      components:
        responses:
          NotFound:
            description: not found
            content:
              application/problem+json:
                schema: {type: object, properties: {status: {type: integer}}}
        schemas:
          Thing:
            type: object
            properties:
              id: {type: string, format: uuid}
              note:
                type: [string, "null"]
              kind:
                anyOf:
                - {$ref: "#/components/schemas/Kind"}
                - {type: "null"}
          Kind:
            type: string
            enum: [A, B]
      """;

  private static final String ID = "3f6d2a1e-8c4b-4f7a-9b2e-5d1c0a9e7f31";

  private static OpenApiValidator validator;

  @BeforeAll
  static void load(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("openapi.yaml");
    Files.writeString(file, DOCUMENT);
    validator = OpenApiValidator.of("test", file);
  }

  private static OpenApiValidator.Exchange answer(
      String path, int status, String type, String body) {
    return new OpenApiValidator.Exchange("GET", path, null, null, true, status, type, body);
  }

  @Test
  void givenAnswerAsDocumented_thenNoViolation() {
    assertThat(
            validator.violations(
                answer(
                    "/things/" + ID,
                    200,
                    "application/json;charset=UTF-8",
                    "{\"id\":\"" + ID + "\",\"note\":null,\"kind\":null}")))
        .isEmpty();
    assertThat(
            validator.violations(
                answer("/things/" + ID, 404, "application/problem+json", "{\"status\":404}")))
        .isEmpty();
  }

  @Test
  void givenNullWhereNotNullable_thenViolation() {
    assertThat(
            validator.violations(
                answer("/things/" + ID, 200, "application/json", "{\"id\":null,\"kind\":\"C\"}")))
        .anyMatch(v -> v.contains("/id") && v.contains("null found"))
        .anyMatch(v -> v.contains("/kind"));
  }

  @Test
  void givenUndocumentedPropertyStatusContentTypeOrPath_thenViolation() {
    assertThat(
            validator.violations(answer("/things/" + ID, 200, "application/json", "{\"extra\":1}")))
        .singleElement()
        .asString()
        .contains("extra");
    assertThat(validator.violations(answer("/things/" + ID, 500, "application/json", "{}")))
        .singleElement()
        .asString()
        .contains("status is not documented");
    assertThat(validator.violations(answer("/things/" + ID, 200, "text/html", "<p>")))
        .singleElement()
        .asString()
        .contains("content type text/html is not documented");
    assertThat(validator.violations(answer("/other", 200, "application/json", "{}")))
        .singleElement()
        .asString()
        .contains("path is not documented");
  }

  @Test
  void givenBadRequestBody_thenViolationUnlessSentOnPurpose() {
    OpenApiValidator.Exchange bad =
        new OpenApiValidator.Exchange(
            "POST",
            "/things/search",
            "application/json",
            "{\"name\":\"toolong\"}",
            true,
            204,
            null,
            "");
    assertThat(validator.violations(bad)).singleElement().asString().contains("/name");
    OpenApiValidator.Exchange onPurpose =
        new OpenApiValidator.Exchange(
            "POST",
            "/things/search",
            "application/json",
            "{\"name\":\"toolong\"}",
            false,
            204,
            null,
            "");
    assertThat(validator.violations(onPurpose)).isEmpty();
  }

  @Test
  void givenRequestsBreakingTheDocument_thenEachViolationNamesItsField() {
    assertThat(
            validator.requestViolations(
                "POST",
                "/things/search",
                null,
                "application/json",
                "{\"name\":\"toolong\",\"extra\":1,\"tags\":[{\"id\":\"x\"}]}"))
        .extracting(OpenApiValidator.Violation::field, OpenApiValidator.Violation::keyword)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("name", "maxLength"),
            org.assertj.core.groups.Tuple.tuple("extra", "additionalProperties"),
            org.assertj.core.groups.Tuple.tuple("tags[0].id", "format"));
    assertThat(
            validator.requestViolations(
                "POST", "/things/search", null, "application/json", "{\"tags\":[]}"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.field()).isEqualTo("name");
              assertThat(v.keyword()).isEqualTo("required");
              assertThat(v.in()).isEqualTo("body");
            });
    assertThat(validator.requestViolations("POST", "/things/search", null, null, null))
        .singleElement()
        .extracting(OpenApiValidator.Violation::field)
        .isEqualTo("body");
  }

  @Test
  void givenParametersBreakingTheirSchemas_thenViolationsNameThem() {
    assertThat(
            validator.requestViolations(
                "GET", "/things/" + ID, "limit=3&requestId=abc-1", null, null))
        .isEmpty();
    assertThat(
            validator.requestViolations(
                "GET", "/things/not-a-uuid", "limit=0&requestId=A%20B", null, null))
        .extracting(OpenApiValidator.Violation::in, OpenApiValidator.Violation::field)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("path", "id"),
            org.assertj.core.groups.Tuple.tuple("query", "limit"),
            org.assertj.core.groups.Tuple.tuple("query", "requestId"));
    assertThat(validator.requestViolations("GET", "/things/" + ID, "limit=many", null, null))
        .singleElement()
        .extracting(OpenApiValidator.Violation::field)
        .isEqualTo("limit");
    assertThat(validator.requestViolations("DELETE", "/things/" + ID, null, null, null))
        .singleElement()
        .extracting(OpenApiValidator.Violation::in)
        .isEqualTo("operation");
    assertThat(
            validator.requestViolations(
                "GET", "/things/" + ID, null, "application/json", "{\"a\":1}"))
        .singleElement()
        .extracting(OpenApiValidator.Violation::message)
        .asString()
        .contains("takes none");
  }
}
