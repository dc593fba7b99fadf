package fi.rekisteri.register.controller;

import static fi.rekisteri.register.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;

import fi.rekisteri.register.support.RegisterStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Art. 30 record: admin writes with If-Match, each change is a new version. */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class ControllerProfileTest {

  private static Map<String, Object> demoProfile() throws IOException {
    try (InputStream in = ControllerProfileTest.class.getResourceAsStream("/demo/demo-data.json")) {
      return JsonPath.from(in).getMap("controllerProfile");
    }
  }

  @Test
  void givenAdmin_whenSavingTwice_thenTwoVersionsAndStaleWriteRefused() throws IOException {
    Map<String, Object> profile = demoProfile();
    String etag = as("admin").get("/api/v1/controller").then().extract().header("ETag");
    if (etag == null) {
      etag =
          as("admin")
              .header("X-Change-Note", "First")
              .body(profile)
              .put("/api/v1/controller")
              .then()
              .statusCode(200)
              .extract()
              .header("ETag");
    }
    int before = as("dpo").get("/api/v1/controller/versions").then().extract().path("size()");

    as("admin")
        .header("If-Match", etag)
        .header("X-Change-Note", "Added a processor")
        .body(profile)
        .put("/api/v1/controller")
        .then()
        .statusCode(200)
        .body("profile.controller.businessId", equalTo("2077474-0"));
    as("admin")
        .header("If-Match", etag)
        .body(profile)
        .put("/api/v1/controller")
        .then()
        .statusCode(412);

    as("dpo")
        .get("/api/v1/controller/versions")
        .then()
        .statusCode(200)
        .body("size()", equalTo(before + 1))
        .body("[0].changeNote", equalTo("Added a processor"));
  }

  @Test
  void givenSales_whenWritingProfile_thenForbiddenButMayRead() throws IOException {
    as("sales").body(demoProfile()).put("/api/v1/controller").then().statusCode(403);
  }

  @Test
  void givenInvalidBusinessId_whenSaving_thenFieldNamed() throws IOException {
    Map<String, Object> profile = demoProfile();
    @SuppressWarnings("unchecked")
    Map<String, Object> controller = (Map<String, Object>) profile.get("controller");
    controller.put("businessId", "2077474-1");

    as("admin")
        .body(profile)
        .put("/api/v1/controller")
        .then()
        .statusCode(400)
        .body("errors", hasSize(greaterThanOrEqualTo(1)))
        .body("errors[0].field", equalTo("controller.businessId"));
  }

  @Test
  void givenIdentityCodeInAText_whenSaving_thenFieldNamedAndNothingStored() throws IOException {
    Map<String, Object> profile = demoProfile();
    @SuppressWarnings("unchecked")
    Map<String, Object> person = (Map<String, Object>) profile.get("personInCharge");
    person.put("title", "Tietosuoja 131052-308T");

    as("admin")
        .body(profile)
        .put("/api/v1/controller")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("personInCharge.title"));
  }
}
