package fi.rekisteri.register.controller;

import static fi.rekisteri.register.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import fi.rekisteri.register.support.DemoProfile;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.stack.SendsBadInput;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.MonthDay;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Art. 30 record: admin writes with If-Match, each change is a new version. */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class ControllerProfileTest {

  @Inject ControllerProfileService profiles;

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
  void givenFinancialYearFromJuly_whenSaved_thenServedAndAbsentMeansTheCalendarYear()
      throws IOException {
    Map<String, Object> profile = demoProfile();
    profile.put("financialYearStart", "07-01");
    try {
      DemoProfile.put(profile);
      as("dpo")
          .get("/api/v1/controller")
          .then()
          .statusCode(200)
          .body("profile.financialYearStart", equalTo("07-01"));
      assertThat(financialYearStart()).isEqualTo(MonthDay.of(7, 1));

      profile.remove("financialYearStart");
      DemoProfile.put(profile);
      as("dpo")
          .get("/api/v1/controller")
          .then()
          .statusCode(200)
          .body("profile.financialYearStart", nullValue());
      assertThat(financialYearStart()).isEqualTo(MonthDay.of(1, 1));
    } finally {
      DemoProfile.put();
    }
  }

  /** What the retention job and the erasure holds read, in a transaction of its own. */
  private MonthDay financialYearStart() {
    return QuarkusTransaction.requiringNew().call(profiles::financialYearStart);
  }

  @ParameterizedTest
  @ValueSource(strings = {"13-01", "02-29", "04-31", "7-1", "--07-01", "07-01-2027", ""})
  @SendsBadInput("a financial year's first day that is no day of every year, or not MM-DD")
  void givenBadFinancialYearStart_whenSaving_thenFieldNamed(String firstDay) throws IOException {
    Map<String, Object> profile = demoProfile();
    profile.put("financialYearStart", firstDay);

    as("admin")
        .body(profile)
        .put("/api/v1/controller")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("financialYearStart"));
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
