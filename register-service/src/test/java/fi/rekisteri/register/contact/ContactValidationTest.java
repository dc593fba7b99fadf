package fi.rekisteri.register.contact;

import static fi.rekisteri.register.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import fi.rekisteri.stack.SendsBadInput;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input is refused with a problem naming the field, and nothing is stored. */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class ContactValidationTest {

  private static void assertNothingStored(Map<String, Object> body) {
    as("dpo")
        .queryParam("email", body.get("email"))
        .get("/api/v1/contacts")
        .then()
        .statusCode(200)
        .body("items", empty());
  }

  @ParameterizedTest
  @CsvSource({
    "notes, Henkilötunnus 131052-308T mukaan",
    "lastName, 131052-308t",
    "phone, 12",
    "email, not-an-email",
    "firstName, ''"
  })
  @SendsBadInput("one bad field per case")
  void givenBadField_whenCreate_thenProblemNamesItAndNothingStored(String field, String value) {
    Map<String, Object> body = TestData.contact();
    body.put(field, value);

    as("sales")
        .body(body)
        .post("/api/v1/contacts")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(field))
        .body(not(containsString("131052")))
        .body(not(containsString("Exception")));
    if (!field.equals("email")) {
      assertNothingStored(body);
    }
  }

  @SendsBadInput("an unknown field")
  @Test
  void givenUnknownField_whenCreate_thenRefusedNamingIt() {
    Map<String, Object> body = TestData.contact();
    body.put("isAdmin", true);

    as("sales")
        .body(body)
        .post("/api/v1/contacts")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("isAdmin"));
    assertNothingStored(body);
  }

  @SendsBadInput("a bad postal code")
  @Test
  void givenBadPostalCodeInAddress_whenCreate_thenNestedFieldNamed() {
    Map<String, Object> body = TestData.contact();
    body.put("postalAddress", Map.of("street", "Katu 1", "postalCode", "123", "city", "Turku"));

    as("sales")
        .body(body)
        .post("/api/v1/contacts")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("postalAddress.postalCode"));
    assertNothingStored(body);
  }

  @Test
  void givenValidBody_whenCreate_thenCreatedWithLocationAndPhoneInE164() {
    Map<String, Object> body = TestData.contact();

    as("sales")
        .body(body)
        .post("/api/v1/contacts")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/contacts/"))
        .header("ETag", not(empty()))
        .body("phone", equalTo("+358401234567"))
        .body("source.channel", equalTo("WEB_FORM"));
  }

  @Test
  void givenStaleOrMissingIfMatch_whenUpdate_thenRefused() {
    Map<String, Object> body = TestData.contact();
    String id =
        as("sales").body(body).post("/api/v1/contacts").then().statusCode(201).extract().path("id");
    body.put("title", "Toimitusjohtaja");

    as("sales").body(body).put("/api/v1/contacts/{id}", id).then().statusCode(428);
    as("sales")
        .header("If-Match", "\"99\"")
        .body(body)
        .put("/api/v1/contacts/{id}", id)
        .then()
        .statusCode(412);
    as("sales")
        .header("If-Match", "\"0\"")
        .body(body)
        .put("/api/v1/contacts/{id}", id)
        .then()
        .statusCode(200)
        .body("title", equalTo("Toimitusjohtaja"));
  }
}
