package fi.rekisteri.rights.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fi.rekisteri.rights.support.RightsStack;
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
@WithTestResource(RightsStack.class)
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
  void givenServedDocument_thenDocuments429OnlyOnSelfService() {
    given()
        .queryParam("format", "json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(
            "paths.'/api/v1/me/requests'.post.responses.'429'.$ref",
            org.hamcrest.Matchers.equalTo("#/components/responses/TooManyRequests"))
        .body(
            "components.responses.TooManyRequests.headers.'Retry-After'.$ref",
            org.hamcrest.Matchers.equalTo("#/components/headers/Retry-After"))
        .body("paths.'/api/v1/requests'.post.responses.'429'", org.hamcrest.Matchers.nullValue())
        // If-Match is optional in this service: a stale one is 412, a missing one is no 428
        .body(
            "paths.'/api/v1/requests/{id}/hold'.post.responses.'412'.$ref",
            org.hamcrest.Matchers.equalTo("#/components/responses/PreconditionFailed"))
        .body(
            "paths.'/api/v1/requests/{id}/hold'.post.responses.'428'",
            org.hamcrest.Matchers.nullValue());
  }
}
