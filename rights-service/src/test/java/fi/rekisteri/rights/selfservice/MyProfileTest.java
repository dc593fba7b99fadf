package fi.rekisteri.rights.selfservice;

import static fi.rekisteri.rights.request.RequestApi.MATTI_EMAIL;
import static fi.rekisteri.rights.request.RequestApi.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import fi.rekisteri.rights.support.RightsStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The person corrects her own contact details (R12): a JSON Merge Patch made in the register and
 * recorded as a completed RECTIFICATION of her own, with its letter; what she may not change is a
 * 400 naming the field, and nothing is filed.
 */
@QuarkusTest
@WithTestResource(RightsStack.class)
class MyProfileTest {

  private static int myRequests() {
    return as("matti").get("/api/v1/me/requests").then().statusCode(200).extract().path("size()");
  }

  @Test
  void
      givenMergePatch_whenPatchingMyData_thenChangedInRegisterAndCompletedRectificationWithLetter() {
    int before = myRequests();

    as("matti")
        .contentType("application/merge-patch+json")
        .body(Map.of("phone", "+358 50 111 2233", "postalAddress", Map.of("street", "Uusi katu 1")))
        .patch("/api/v1/me/data")
        .then()
        .statusCode(200)
        .body("email", equalTo(MATTI_EMAIL))
        .body("records", hasSize(1));

    JsonPath mine =
        as("matti").get("/api/v1/me/requests").then().statusCode(200).extract().jsonPath();
    assertThat(mine.getList("$")).hasSize(before + 1);
    List<Map<String, Object>> rectifications =
        mine.getList("findAll { it.type == 'RECTIFICATION' && it.status == 'COMPLETED' }");
    assertThat(rectifications).isNotEmpty();
    String id = String.valueOf(rectifications.get(0).get("id"));
    as("matti")
        .get("/api/v1/me/requests/{id}/letters", id)
        .then()
        .statusCode(200)
        .body("[0].kind", equalTo("COMPLETION"))
        .body("[0].body", containsString("Olemme oikaisseet tietonne"));
  }

  @Test
  void givenPlainJson_whenPatchingMyData_thenAcceptedToo() {
    as("matti")
        .contentType("application/json")
        .body(Map.of("title", "Isännöitsijä"))
        .patch("/api/v1/me/data")
        .then()
        .statusCode(200);
  }

  @Test
  void givenFieldSheMayNotChange_whenPatchingMyData_then400NamingItAndNothingFiled() {
    int before = myRequests();

    for (String field : List.of("email", "organisationId", "relationshipStart", "id")) {
      as("matti")
          .contentType("application/merge-patch+json")
          .body(Map.of(field, "x"))
          .patch("/api/v1/me/data")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo(field));
    }

    assertThat(myRequests()).isEqualTo(before);
  }

  @Test
  void givenBadValues_whenPatchingMyData_then400NamingTheFieldAndNothingFiled() {
    int before = myRequests();
    Map<String, Object> removedName = new java.util.HashMap<>();
    removedName.put("lastName", null);

    as("matti")
        .contentType("application/merge-patch+json")
        .body(Map.of("notes", "hetu 131052-308T"))
        .patch("/api/v1/me/data")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("notes"));
    as("matti")
        .contentType("application/merge-patch+json")
        .body(removedName)
        .patch("/api/v1/me/data")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("lastName"));
    as("matti")
        .contentType("application/merge-patch+json")
        .body("{}")
        .patch("/api/v1/me/data")
        .then()
        .statusCode(400);

    assertThat(myRequests()).isEqualTo(before);
  }

  @Test
  void givenStaffOrNoToken_whenPatchingMyData_thenRefused() {
    as("dpo")
        .contentType("application/merge-patch+json")
        .body(Map.of("phone", "+358501112233"))
        .patch("/api/v1/me/data")
        .then()
        .statusCode(403);
    given()
        .contentType("application/merge-patch+json")
        .body(Map.of("phone", "+358501112233"))
        .patch("/api/v1/me/data")
        .then()
        .statusCode(401);
  }
}
