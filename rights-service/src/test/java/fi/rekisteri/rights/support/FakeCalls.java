package fi.rekisteri.rights.support;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads the calls the fake register received about a subject. */
public final class FakeCalls {

  private FakeCalls() {}

  public static JsonPath about(UUID subjectId) {
    String url =
        ConfigProvider.getConfig().getValue("quarkus.rest-client.register.url", String.class);
    return given()
        .queryParam("subjectId", subjectId.toString())
        .get(url + "/_fake/calls")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
