package fi.rekisteri.rights.mention;

import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import fi.rekisteri.rights.request.RequestApi;
import fi.rekisteri.rights.support.FakeCalls;
import fi.rekisteri.rights.support.FakeRegister;
import fi.rekisteri.rights.support.RightsStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The DPO's view of a request's subject's mentions in other records' free text (docs/promises.md),
 * from the register's golden answers: the phone mention and the name-only one awaiting
 * confirmation; the confirmation redacts it in the register, on the request's timeline.
 */
@QuarkusTest
@WithTestResource(RightsStack.class)
class MentionsTest {

  /** A verified request matched to its subject in the register. */
  private static String matched(String type, String requester) {
    String id = RequestApi.verified(type, requester);
    as("dpo").post("/api/v1/requests/{id}/match", id).then().statusCode(200);
    return id;
  }

  @Test
  void givenMatchedSubject_whenList_thenMentionsWithTheNameOnlyOneAwaitingConfirmation() {
    String requester = email("mentions");
    String id = matched("ERASURE", requester);

    JsonPath mentions =
        as("dpo")
            .get("/api/v1/requests/{id}/mentions", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(mentions.getString("subjectId"))
        .isEqualTo(FakeRegister.subjectId(requester).toString());
    assertThat(mentions.getList("mentions.matchedBy", String.class))
        .containsExactly("PHONE", "NAME");
    assertThat(mentions.getList("mentions.awaitingConfirmation", Boolean.class))
        .containsExactly(false, true);
    assertThat(mentions.getString("mentions[0].passage"))
        .isEqualTo("Soita Maijalle 050-" + FakeRegister.MENTIONED_DIGITS + " tarjouksesta");
  }

  @Test
  void givenNameOnlyMention_whenRedact_thenRedactedInTheRegisterAndOnTheTimeline() {
    String requester = email("mentions");
    String id = matched("ERASURE", requester);
    UUID subjectId = FakeRegister.subjectId(requester);
    String mentionId =
        as("dpo")
            .get("/api/v1/requests/{id}/mentions", id)
            .then()
            .statusCode(200)
            .extract()
            .path("mentions[1].id");

    as("dpo")
        .post("/api/v1/requests/{id}/mentions/{mentionId}/redact", id, mentionId)
        .then()
        .statusCode(200)
        .body("redacted", equalTo(true))
        .body("passage", equalTo("[poistettu], Kallio"));

    as("dpo")
        .get("/api/v1/requests/{id}", id)
        .then()
        .statusCode(200)
        .body("timeline.action", hasItem("MENTION_REDACTED"));
    List<Map<String, Object>> calls = FakeCalls.about(subjectId).getList("$");
    assertThat(calls)
        .anySatisfy(
            call -> {
              assertThat((String) call.get("path"))
                  .isEqualTo(
                      "/api/v1/internal/subjects/"
                          + subjectId
                          + "/mentions/"
                          + mentionId
                          + "/redact");
              assertThat(call.get("idempotencyKey")).isEqualTo(id + ":" + mentionId);
            });
  }

  @Test
  void givenNoSubjectYet_whenList_then409() {
    String id = RequestApi.verified("ACCESS", email("none"));

    as("dpo").get("/api/v1/requests/{id}/mentions", id).then().statusCode(409);
  }
}
