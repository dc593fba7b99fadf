package fi.rekisteri.rights.fulfilment;

import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import fi.rekisteri.rights.request.RequestApi;
import fi.rekisteri.rights.support.FakeCalls;
import fi.rekisteri.rights.support.FakeRegister;
import fi.rekisteri.rights.support.RightsStack;
import fi.rekisteri.stack.SendsBadInput;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** RESTRICTION (and lifting it, Art. 18(3)) and OBJECTION against the fake register. */
@QuarkusTest
@WithTestResource(RightsStack.class)
class RestrictionAndObjectionTest {

  private static final Map<String, String> REASONS =
      Map.of("reasons", "Toimittamanne selvitys osoittaa, että tietonne ovat oikein.");

  @Inject RestrictionLiftJob liftJob;

  @Test
  void givenRestriction_whenExecutedAndLifted_thenNoticeRecordedBeforeLift() {
    String requester = email("one");
    UUID subjectId = FakeRegister.subjectId(requester);
    String id = RequestApi.verified("RESTRICTION", requester);
    as("dpo")
        .post("/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"))
        .body("restricted", equalTo(true))
        .body("openNotifications", equalTo(3));

    LocalDate liftOn = RequestApi.today().plusDays(14);
    as("dpo")
        .body(REASONS)
        .post("/api/v1/requests/{id}/lift-restriction", id)
        .then()
        .statusCode(200)
        .body("restricted", equalTo(true))
        .body("restrictionLiftOn", equalTo(liftOn.toString()))
        .body("status", equalTo("COMPLETED"));
    // the notice first, with the reasons, the day and the remedies; the register is not called
    as("dpo")
        .get("/api/v1/requests/{id}/letters", id)
        .then()
        .body("kind", equalTo(List.of("COMPLETION", "RESTRICTION_LIFT_NOTICE")))
        .body("[1].body", containsString("18 artiklan 3 kohdan"))
        .body("[1].body", containsString("Toimittamanne selvitys osoittaa"))
        .body("[1].body", containsString("Rajoitus poistuu " + finnish(liftOn)))
        .body("[1].body", containsString("Tietosuojavaltuutetun toimisto"));
    assertThat(FakeCalls.about(subjectId).getList("path", String.class))
        .anyMatch(p -> p.endsWith("/restrict"))
        .noneMatch(p -> p.endsWith("/lift-restriction"));

    // the day before: still restricted; on the day: lifted in the register
    liftJob.run(liftOn.minusDays(1));
    assertThat(RequestApi.read(id).getBoolean("restricted")).isTrue();
    assertThat(FakeCalls.about(subjectId).getList("path", String.class))
        .noneMatch(p -> p.endsWith("/lift-restriction"));
    liftJob.run(liftOn);
    JsonPath lifted = RequestApi.read(id);
    assertThat(lifted.getBoolean("restricted")).isFalse();
    assertThat(lifted.getString("restrictionLiftedAt")).isNotNull();
    List<String> actions = lifted.getList("timeline.action", String.class);
    assertThat(actions.indexOf("RESTRICTION_LIFT_NOTIFIED"))
        .isGreaterThan(actions.indexOf("COMPLETED"))
        .isLessThan(actions.indexOf("RESTRICTION_LIFTED"));
    assertThat(FakeCalls.about(subjectId).getList("path", String.class))
        .anyMatch(p -> p.endsWith("/lift-restriction"));
    as("dpo")
        .body(REASONS)
        .post("/api/v1/requests/{id}/lift-restriction", id)
        .then()
        .statusCode(409);
  }

  @Test
  @SendsBadInput("a lift without reasons")
  void givenRestriction_whenLiftedWithoutReasons_then400AndNothingNotified() {
    String id = RequestApi.verified("RESTRICTION", email("one"));
    as("dpo").post("/api/v1/requests/{id}/execute", id).then().statusCode(200);

    // no reasons, no lift: the notice must say why (Art. 12(4))
    as("dpo")
        .post("/api/v1/requests/{id}/lift-restriction", id)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    as("dpo")
        .body(Map.of("reasons", " "))
        .post("/api/v1/requests/{id}/lift-restriction", id)
        .then()
        .statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.hasItem("reasons"));
    assertThat(RequestApi.read(id).getList("timeline.action", String.class))
        .doesNotContain("RESTRICTION_LIFT_NOTIFIED");
  }

  private static String finnish(LocalDate date) {
    return date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
  }

  @Test
  void givenObjectionOnParticularSituation_whenExecutedAndLifted_thenNoticeRecordedBeforeLift() {
    String requester = email("one");
    UUID subjectId = FakeRegister.subjectId(requester);
    Map<String, Object> body = RequestApi.intake("OBJECTION", requester);
    body.put("objectionKind", "PARTICULAR_SITUATION");
    body.put("situation", "Olen muuttanut ulkomaille.");
    String id = RequestApi.create(body);
    as("dpo")
        .body(Map.of("method", "DPO_CHECK"))
        .post("/api/v1/requests/{id}/identity", id)
        .then()
        .statusCode(200);
    as("dpo")
        .post("/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"))
        .body("restricted", equalTo(true));

    as("dpo")
        .body(REASONS)
        .post("/api/v1/requests/{id}/lift-restriction", id)
        .then()
        .statusCode(200)
        .body("restricted", equalTo(true))
        .body("restrictionLiftOn", notNullValue());
    liftJob.run(RequestApi.today().plusDays(14));
    as("dpo")
        .get("/api/v1/requests/{id}", id)
        .then()
        .body("restricted", equalTo(false))
        .body("restrictionLiftedAt", notNullValue());

    List<String> actions = RequestApi.read(id).getList("timeline.action", String.class);
    assertThat(actions.indexOf("RESTRICTION_LIFT_NOTIFIED"))
        .isGreaterThan(actions.indexOf("COMPLETED"))
        .isLessThan(actions.indexOf("RESTRICTION_LIFTED"));
    // lifting the objection's restriction answers the objection: rejected, with the reasons,
    // the day the restriction ends and the remedies (Art. 21(1), 12(4), 18(3))
    LocalDate liftOn = RequestApi.today().plusDays(14);
    as("dpo")
        .get("/api/v1/requests/{id}/letters", id)
        .then()
        .body("kind", equalTo(List.of("COMPLETION", "OBJECTION_REJECTION")))
        .body("[-1].title", equalTo("Vastaus vastustamisoikeutenne käyttämiseen"))
        .body("[-1].body", containsString("21 artiklan 1 kohta"))
        .body("[-1].body", containsString("huomattavan tärkeitä ja perusteltuja syitä"))
        .body("[-1].body", containsString("Perustelut:"))
        .body("[-1].body", containsString("Toimittamanne selvitys osoittaa"))
        .body("[-1].body", containsString("Rajoitus poistuu " + finnish(liftOn)))
        .body("[-1].body", containsString("Tietosuojavaltuutetun toimisto"));
    assertThat(FakeCalls.about(subjectId).getList("path", String.class))
        .anyMatch(p -> p.endsWith("/objection"))
        .anyMatch(p -> p.endsWith("/lift-restriction"));
    // the register was told the day for this request's cause, and lifted only this request's
    JsonPath scheduled =
        FakeCalls.about(subjectId).setRootPath("find { it.path.endsWith('/schedule-lift') }");
    assertThat(scheduled.getString("body.requestId")).isEqualTo(id);
    assertThat(scheduled.getString("body.endsOn")).isEqualTo(liftOn.toString());
    JsonPath lift =
        FakeCalls.about(subjectId).setRootPath("find { it.path.endsWith('/lift-restriction') }");
    assertThat(lift.getString("body.requestId")).isEqualTo(id);
  }

  @Test
  void givenObjectionToDirectMarketing_whenLifted_thenConflict() {
    String id = RequestApi.verified("OBJECTION", email("one"));
    as("dpo").post("/api/v1/requests/{id}/execute", id).then().statusCode(200);

    as("dpo")
        .body(REASONS)
        .post("/api/v1/requests/{id}/lift-restriction", id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  void givenNotARestriction_whenLifted_thenConflict() {
    String id = RequestApi.verified("ACCESS", email("one"));

    as("dpo")
        .body(REASONS)
        .post("/api/v1/requests/{id}/lift-restriction", id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  void givenObjectionToDirectMarketing_whenExecuted_thenRecordedInRegisterAndCompleted() {
    String requester = email("one");
    String id = RequestApi.verified("OBJECTION", requester);

    as("dpo")
        .post("/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"))
        .body("outcome", equalTo("OBJECTION_RECORDED"))
        .body("objection.kind", equalTo("DIRECT_MARKETING"));

    // the execution's call, after the one at intake (MarketingObjectionAtIntakeTest)
    JsonPath call =
        FakeCalls.about(FakeRegister.subjectId(requester))
            .setRootPath(
                "find { it.path.endsWith('/objection') && it.body.requestId == '" + id + "' }");
    assertThat(call.getString("body.kind")).isEqualTo("DIRECT_MARKETING");
    assertThat(call.getString("body.requestId")).isEqualTo(id);
    as("dpo")
        .get("/api/v1/requests/{id}/letters", id)
        .then()
        .body("[0].body", containsString("suoramarkkinoin"));
  }

  @Test
  void givenObjectionOnParticularSituation_whenExecuted_thenSituationSentToRegister() {
    String requester = email("one");
    Map<String, Object> body = RequestApi.intake("OBJECTION", requester);
    body.put("objectionKind", "PARTICULAR_SITUATION");
    body.put("situation", "Olen muuttanut ulkomaille.");
    String id = RequestApi.create(body);
    as("dpo")
        .body(Map.of("method", "DPO_CHECK"))
        .post("/api/v1/requests/{id}/identity", id)
        .then()
        .statusCode(200);

    as("dpo").post("/api/v1/requests/{id}/execute", id).then().statusCode(200);

    JsonPath call =
        FakeCalls.about(FakeRegister.subjectId(requester))
            .setRootPath("find { it.path.endsWith('/objection') }");
    assertThat(call.getString("body.kind")).isEqualTo("PARTICULAR_SITUATION");
    assertThat(call.getString("body.situation")).isEqualTo("Olen muuttanut ulkomaille.");
  }
}
