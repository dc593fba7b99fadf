package fi.rekisteri.rights.fulfilment;

import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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
 * R19: an objection to direct marketing takes effect on receipt: the register's objection command
 * is called at intake, before any identity step, and retried while the register is down.
 */
@QuarkusTest
@WithTestResource(RightsStack.class)
class MarketingObjectionAtIntakeTest {

  private static List<String> objectionCalls(UUID subjectId) {
    return FakeCalls.about(subjectId)
        .getList("findAll { it.path.endsWith('/objection') }.body.kind");
  }

  private static List<String> actions(String id) {
    return RequestApi.read(id).getList("timeline.action", String.class);
  }

  @Test
  void givenObjectionToDirectMarketing_whenRecordedByDpo_thenRegisterCalledBeforeIdentity() {
    String requester = email("one");
    UUID subjectId = FakeRegister.subjectId(requester);

    String id = RequestApi.create("OBJECTION", requester);

    JsonPath request = RequestApi.read(id);
    assertThat(request.getString("status")).isEqualTo("RECEIVED");
    assertThat(request.getBoolean("identity.verified")).isFalse();
    assertThat(objectionCalls(subjectId)).containsExactly("DIRECT_MARKETING");
    assertThat(actions(id)).containsSubsequence("RECEIVED", "MARKETING_SUPPRESSED");
    assertThat(
            FakeCalls.about(subjectId)
                .getString("find { it.path.endsWith('/objection') }.body.requestId"))
        .isNotEqualTo(id);
  }

  @Test
  void givenObjectionToDirectMarketing_whenFiledByThePerson_thenRegisterCalledAtIntake() {
    UUID subjectId = FakeRegister.subjectId(RequestApi.MATTI_EMAIL);

    String id =
        as("matti")
            .body(Map.of("type", "OBJECTION", "objectionKind", "DIRECT_MARKETING"))
            .post("/api/v1/me/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    assertThat(objectionCalls(subjectId)).contains("DIRECT_MARKETING");
    as("matti").get("/api/v1/me/requests/{id}", id).then().statusCode(200);
    assertThat(actions(id)).contains("MARKETING_SUPPRESSED");
  }

  @Test
  void givenObjectionOnParticularSituation_whenRecorded_thenRegisterNotCalled() {
    String requester = email("one");
    Map<String, Object> body = RequestApi.intake("OBJECTION", requester);
    body.put("objectionKind", "PARTICULAR_SITUATION");
    body.put("situation", "Olen muuttanut ulkomaille.");

    String id = RequestApi.create(body);

    assertThat(objectionCalls(FakeRegister.subjectId(requester))).isEmpty();
    assertThat(actions(id)).doesNotContain("MARKETING_SUPPRESSED", "MARKETING_UNMATCHED");
  }

  @Test
  void givenNoContactWithTheEmail_whenRecorded_thenUnmatchedAndLeftToTheDpo() {
    String id = RequestApi.create("OBJECTION", email("none"));

    assertThat(actions(id)).contains("MARKETING_UNMATCHED").doesNotContain("MARKETING_SUPPRESSED");
    assertThat(RequestApi.status(id)).isEqualTo("RECEIVED");
  }

  @Test
  void givenRegisterDown_whenRecorded_thenRetriedByTheJobUntilApplied() {
    String requester = email("flaky");
    UUID subjectId = FakeRegister.subjectId(requester);

    String id = RequestApi.create("OBJECTION", requester);

    assertThat(actions(id)).contains("REGISTER_UNAVAILABLE").doesNotContain("MARKETING_SUPPRESSED");
    as("dpo")
        .get("/api/v1/requests/{id}", id)
        .then()
        .body("status", equalTo("RECEIVED"))
        .body(
            "timeline.find { it.action == 'REGISTER_UNAVAILABLE' }.detailNote.code",
            equalTo("SUPPRESS_MARKETING"));

    assertThat(objectionCalls(subjectId)).isEmpty();

    // the fake answers 503 to the first two calls; the scheduler may run one of these too
    Jobs.suppressMarketing();
    Jobs.suppressMarketing();

    assertThat(objectionCalls(subjectId)).contains("DIRECT_MARKETING");
    assertThat(actions(id))
        .containsOnlyOnce("REGISTER_UNAVAILABLE", "MARKETING_SUPPRESSED")
        .doesNotContain("MARKETING_UNMATCHED");
    assertThat(RequestApi.status(id)).isEqualTo("RECEIVED");
  }
}
