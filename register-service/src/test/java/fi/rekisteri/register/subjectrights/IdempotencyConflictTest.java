package fi.rekisteri.register.subjectrights;

import static fi.rekisteri.register.support.Api.as;
import static fi.rekisteri.register.support.Api.asRightsService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import fi.rekisteri.register.support.Api;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A request id answers its first result only for the same command on the same subject with the same
 * body; replayed for another subject or with another body it is a 409 that names neither.
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class IdempotencyConflictTest {

  private static final String CONFLICT = "/idempotency-conflict";

  private static String requestId() {
    return "idem-" + TestData.unique();
  }

  private static Response post(String command, String subjectId, Object body) {
    return asRightsService()
        .body(body)
        .post("/api/v1/internal/subjects/{id}/" + command, subjectId);
  }

  /** 409 problem+json of the conflict type, with none of the given values in it. */
  private static void assertConflict(Response response, String... absent) {
    response
        .then()
        .statusCode(409)
        .contentType(startsWith("application/problem+json"))
        .body("type", endsWith(CONFLICT))
        .body("status", equalTo(409));
    for (String value : absent) {
      assertThat(response.asString()).doesNotContain(value);
    }
  }

  @Test
  void givenSameRequestIdForAnotherSubject_whenErase_thenConflictAndOtherSubjectUntouched() {
    String first = Api.createContact(TestData.contact());
    Map<String, Object> other = TestData.contact();
    String second = Api.createContact(other);
    Map<String, Object> body = Map.of("requestId", requestId());
    String firstAnswer = post("erase", first, body).then().statusCode(200).extract().asString();

    assertConflict(
        post("erase", second, body),
        first,
        second,
        (String) other.get("email"),
        (String) other.get("lastName"));

    as("dpo").get("/api/v1/contacts/{id}", second).then().statusCode(200);
    assertThat(post("erase", first, body).then().statusCode(200).extract().asString())
        .isEqualTo(firstAnswer);
  }

  @Test
  void givenSameRequestIdWithAnotherBody_whenRectify_thenConflictAndValueUnchanged() {
    String id = Api.createContact(TestData.contact());
    String requestId = requestId();
    post("rectify", id, Map.of("requestId", requestId, "changes", Map.of("lastName", "Oikaistu")))
        .then()
        .statusCode(200);

    assertConflict(
        post(
            "rectify", id, Map.of("requestId", requestId, "changes", Map.of("lastName", "Toinen"))),
        id,
        "Toinen",
        "Oikaistu");

    as("dpo")
        .get("/api/v1/contacts/{id}", id)
        .then()
        .statusCode(200)
        .body("lastName", equalTo("Oikaistu"));
  }

  @Test
  void givenSameRequestIdForAnotherSubject_whenRectify_thenConflictAndOtherSubjectUnchanged() {
    String first = Api.createContact(TestData.contact());
    Map<String, Object> other = TestData.contact();
    String second = Api.createContact(other);
    Map<String, Object> body =
        Map.of("requestId", requestId(), "changes", Map.of("title", "Hankintapäällikkö"));
    post("rectify", first, body).then().statusCode(200);

    assertConflict(post("rectify", second, body), first, second, (String) other.get("email"));

    as("dpo")
        .get("/api/v1/contacts/{id}", second)
        .then()
        .statusCode(200)
        .body("lastName", equalTo(other.get("lastName")));
  }

  @Test
  void givenIdenticalCallWithKeysInAnotherOrder_whenRectify_thenFirstResultAgain() {
    String id = Api.createContact(TestData.contact());
    String requestId = requestId();
    Map<String, Object> changes = new LinkedHashMap<>();
    changes.put("title", "Myyntijohtaja");
    changes.put("lastName", "Oikaistu");
    Map<String, Object> reordered = new LinkedHashMap<>();
    reordered.put("lastName", "Oikaistu");
    reordered.put("title", "Myyntijohtaja");
    Map<String, Object> firstBody = new LinkedHashMap<>();
    firstBody.put("requestId", requestId);
    firstBody.put("changes", changes);
    Map<String, Object> againBody = new LinkedHashMap<>();
    againBody.put("changes", reordered);
    againBody.put("requestId", requestId);

    String first = post("rectify", id, firstBody).then().statusCode(200).extract().asString();
    String again = post("rectify", id, againBody).then().statusCode(200).extract().asString();

    assertThat(again).isEqualTo(first).contains("lastName").contains("title");
  }

  @Test
  void givenSameRequestIdWithAnotherKind_whenObjection_thenConflictAndNotRestricted() {
    String id = Api.createContact(TestData.contact());
    String requestId = requestId();
    post("objection", id, Map.of("requestId", requestId, "kind", "DIRECT_MARKETING"))
        .then()
        .statusCode(200)
        .body("kind", equalTo("DIRECT_MARKETING"));

    assertConflict(
        post(
            "objection",
            id,
            Map.of(
                "requestId",
                requestId,
                "kind",
                "PARTICULAR_SITUATION",
                "situation",
                "Muutan ulkomaille")),
        id,
        "Muutan ulkomaille");

    as("dpo")
        .get("/api/v1/contacts/{id}", id)
        .then()
        .statusCode(200)
        .body("restriction.restricted", equalTo(false));
  }

  @Test
  void
      givenSameRequestIdForAnotherSubject_whenObjection_thenConflictAndIdenticalCallAnswersFirst() {
    String first = Api.createContact(TestData.contact());
    String second = Api.createContact(TestData.contact());
    Map<String, Object> body = Map.of("requestId", requestId(), "kind", "DIRECT_MARKETING");
    String firstAnswer = post("objection", first, body).then().statusCode(200).extract().asString();

    assertConflict(post("objection", second, body), first, second);

    assertThat(post("objection", first, body).then().statusCode(200).extract().asString())
        .isEqualTo(firstAnswer);
  }

  @Test
  void givenSameRequestIdWithAnotherReason_whenRestrict_thenConflict() {
    String id = Api.createContact(TestData.contact());
    String requestId = requestId();
    post("restrict", id, Map.of("requestId", requestId, "reason", "Accuracy contested"))
        .then()
        .statusCode(200);

    assertConflict(
        post("restrict", id, Map.of("requestId", requestId, "reason", "Something else")),
        id,
        "Something else");
    // the default cause written out is the same command
    post(
            "restrict",
            id,
            Map.of("requestId", requestId, "reason", "Accuracy contested", "cause", "REQUESTED"))
        .then()
        .statusCode(200);
  }
}
