package fi.rekisteri.register.interaction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import fi.rekisteri.register.support.Tokens;
import fi.rekisteri.stack.SendsBadInput;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(RegisterStack.class)
class InteractionTest {

  @Test
  void givenInteraction_whenRecorded_thenCallerIsHandlerAndItIsListed() {
    String contactId = InteractionFixtures.contact();

    ExtractableResponse<Response> created =
        given()
            .header("Authorization", Tokens.bearer("sales"))
            .contentType("application/json")
            .body(TestData.interaction())
            .post("/api/v1/contacts/{contactId}/interactions", contactId)
            .then()
            .statusCode(201)
            .body("handler", equalTo("sales"))
            .body("contactId", equalTo(contactId))
            .body("kind", equalTo("CALL"))
            .extract();
    String id = created.path("id");
    assertThat(created.header("Location"))
        .endsWith("/api/v1/contacts/" + contactId + "/interactions/" + id);

    given()
        .header("Authorization", Tokens.bearer("dpo"))
        .get("/api/v1/contacts/{contactId}/interactions", contactId)
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].id", equalTo(id))
        .body("next", equalTo(null));
    given()
        .header("Authorization", Tokens.bearer("dpo"))
        .get(created.header("Location"))
        .then()
        .statusCode(200)
        .body("summary", equalTo("Asked for a quote on roof repairs"));
  }

  @SendsBadInput("no kind, an unknown channel")
  @Test
  void givenInvalidFields_whenRecording_thenProblemNamesEachFieldAndNothingStored() {
    String contactId = InteractionFixtures.contact();
    Map<String, Object> body = TestData.interaction();
    body.remove("kind");
    body.put("occurredAt", Instant.now().plusSeconds(3600).toString());

    given()
        .header("Authorization", Tokens.bearer("sales"))
        .contentType("application/json")
        .body(body)
        .post("/api/v1/contacts/{contactId}/interactions", contactId)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("kind"))
        .body("errors.field", hasItem("occurredAt"));
    Map<String, Object> badChannel = TestData.interaction();
    badChannel.put("channel", "PIGEON");
    given()
        .header("Authorization", Tokens.bearer("sales"))
        .contentType("application/json")
        .body(badChannel)
        .post("/api/v1/contacts/{contactId}/interactions", contactId)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("channel"));

    given()
        .header("Authorization", Tokens.bearer("sales"))
        .get("/api/v1/contacts/{contactId}/interactions", contactId)
        .then()
        .statusCode(200)
        .body("items", empty());
  }

  @Test
  void givenUnknownContact_whenRecordingOrListing_thenNotFound() {
    UUID unknown = UUID.randomUUID();
    given()
        .header("Authorization", Tokens.bearer("sales"))
        .contentType("application/json")
        .body(TestData.interaction())
        .post("/api/v1/contacts/{contactId}/interactions", unknown)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .header("Authorization", Tokens.bearer("sales"))
        .get("/api/v1/contacts/{contactId}/interactions", unknown)
        .then()
        .statusCode(404);
  }
}
