package fi.rekisteri.register.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fi.rekisteri.register.support.RegisterStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The document the sales tools read at /q/openapi is the committed one (src/main/openapi), which
 * the build compares with the generated one (deploy/api-contract/OpenApiDrift.java).
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class PublishedOpenApiTest {

  @Test
  void givenServedDocument_thenEqualsTheCommittedOne() throws IOException {
    String served =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();

    // the same tree; the runtime writer orders some keys differently
    JsonNode committed =
        new ObjectMapper(new YAMLFactory())
            .readTree(Files.readString(Path.of("src/main/openapi/openapi.yaml")));
    assertThat(new ObjectMapper().readTree(served)).isEqualTo(committed);
  }

  @Test
  void givenServedDocument_thenDescribesEveryErrorAsProblemJson() {
    given()
        .queryParam("format", "json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(
            "components.responses.PreconditionFailed.content.'application/problem+json'.schema.$ref",
            org.hamcrest.Matchers.equalTo("#/components/schemas/Problem"))
        .body(
            "paths.'/api/v1/contacts/{id}'.put.responses.'412'.$ref",
            org.hamcrest.Matchers.equalTo("#/components/responses/PreconditionFailed"))
        .body(
            "paths.'/api/v1/contacts/{id}'.get.responses.'412'", org.hamcrest.Matchers.nullValue());
  }
}
