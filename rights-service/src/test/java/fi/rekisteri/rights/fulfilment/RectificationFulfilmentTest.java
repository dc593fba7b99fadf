package fi.rekisteri.rights.fulfilment;

import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import fi.rekisteri.rights.request.RequestApi;
import fi.rekisteri.rights.support.FakeCalls;
import fi.rekisteri.rights.support.FakeRegister;
import fi.rekisteri.rights.support.RightsStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** RECTIFICATION against the fake register, and the Art. 19 notification tasks. */
@QuarkusTest
@WithTestResource(RightsStack.class)
class RectificationFulfilmentTest {

  @Test
  void givenChanges_whenRectified_thenCompletedLetterAndOneTaskPerRecipientAndProcessor() {
    String requester = email("one");
    UUID subjectId = FakeRegister.subjectId(requester);
    String id = RequestApi.verified("RECTIFICATION", requester);

    as("dpo")
        .body(
            Map.of(
                "changes",
                Map.of(
                    "phone",
                    "+358401112233",
                    "postalAddress",
                    Map.of("street", "Uusikatu 1", "postalCode", "00100", "city", "Helsinki"))))
        .post("/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"))
        .body("outcome", equalTo("RECTIFIED"))
        .body("result.changedFields", hasItems("phone", "postalAddress"))
        .body("openNotifications", equalTo(3));

    JsonPath rectify =
        FakeCalls.about(subjectId).setRootPath("find { it.path.endsWith('/rectify') }");
    assertThat(rectify.getString("body.requestId")).isEqualTo(id);
    assertThat(rectify.getString("idempotencyKey")).isEqualTo(id);
    assertThat(rectify.getString("body.changes.postalAddress.postalCode")).isEqualTo("00100");
    assertThat(rectify.getMap("body.changes")).doesNotContainKey("email");

    as("dpo")
        .get("/api/v1/requests/{id}/letters", id)
        .then()
        .body("[0].kind", equalTo("COMPLETION"))
        .body("[0].body", containsString("puhelinnumero"))
        .body("[0].body", containsString("postiosoite"))
        .body("[0].body", containsString("rekisteriasioista vastaava henkilö"));
    as("dpo")
        .get("/api/v1/requests/{id}/notifications", id)
        .then()
        .statusCode(200)
        .body("", hasSize(3))
        .body(
            "recipient", hasItems("Perintä Oy", "Tilitoimisto Laskuri Oy", "Uutiskirje Palvelu Oy"))
        .body("recipientKind", hasItems("RECIPIENT", "PROCESSOR"))
        .body("status", everyItem(is("OPEN")))
        .body("reason", everyItem(is("RECTIFICATION")));
  }

  @Test
  void givenValuesAlreadyCurrent_whenRectified_thenNothingChangedAndNoArt19Task() {
    String requester = email("one");
    Map<String, Object> changes = Map.of("changes", Map.of("phone", "+358401112233"));
    String first = RequestApi.verified("RECTIFICATION", requester);
    as("dpo")
        .body(changes)
        .post("/api/v1/requests/{id}/execute", first)
        .then()
        .statusCode(200)
        .body("openNotifications", equalTo(3));
    String again = RequestApi.verified("RECTIFICATION", requester);

    as("dpo")
        .body(changes)
        .post("/api/v1/requests/{id}/execute", again)
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"))
        .body("outcome", equalTo("RECTIFIED"))
        .body("result.changedFields", empty())
        .body("openNotifications", equalTo(0));

    as("dpo")
        .get("/api/v1/requests/{id}/notifications", again)
        .then()
        .statusCode(200)
        .body("", empty());
    as("dpo")
        .get("/api/v1/requests/{id}/letters", again)
        .then()
        .body("[0].kind", equalTo("COMPLETION"))
        .body(
            "[0].body",
            containsString(
                "Tietonne olivat jo pyyntönne mukaiset, joten niitä ei tarvinnut muuttaa."))
        .body("[0].body", not(containsString("19 artikla")));
    assertThat(RequestApi.read(again).getList("timeline.action", String.class))
        .doesNotContain("RECIPIENT_NOTIFIED");
  }

  @Test
  void givenNotificationTask_whenConfirmedTwice_thenConfirmedOnceInTimeline() {
    String id = RequestApi.verified("RECTIFICATION", email("one"));
    as("dpo")
        .body(Map.of("changes", Map.of("lastName", "Virtanen")))
        .post("/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(200);
    String task = as("dpo").get("/api/v1/requests/{id}/notifications", id).path("[0].id");

    for (int i = 0; i < 2; i++) {
      as("dpo")
          .body(Map.of("note", "Sähköposti lähetetty tilitoimistoon"))
          .post("/api/v1/requests/{id}/notifications/{taskId}/confirm", id, task)
          .then()
          .statusCode(200)
          .body("status", equalTo("CONFIRMED"))
          .body("confirmedBy", equalTo("dpo"));
    }

    JsonPath request = RequestApi.read(id);
    assertThat(request.getInt("openNotifications")).isEqualTo(2);
    assertThat(request.getList("timeline.action", String.class))
        .filteredOn("RECIPIENT_NOTIFIED"::equals)
        .hasSize(1);
    as("dpo")
        .post("/api/v1/requests/{id}/notifications/{taskId}/confirm", id, UUID.randomUUID())
        .then()
        .statusCode(404);
  }

  @Test
  void givenFieldOutsideAllowListOrRemovedNameOrIdentityCode_whenExecuted_thenBadRequestNamingIt() {
    String id = RequestApi.verified("RECTIFICATION", email("one"));
    Map<String, Object> removedName = new java.util.HashMap<>();
    removedName.put("firstName", null);

    for (Object[] bad :
        new Object[][] {
          {Map.of("source", "EMAIL"), "changes.source"},
          {Map.of("relationshipStart", "2020-01-01"), "changes.relationshipStart"},
          {removedName, "changes.firstName"},
          {Map.of("notes", "hetu 131052-308T"), "changes.notes"},
          {
            Map.of("orders", Map.of("T-1", Map.of("summary", "131052-308t"))),
            "changes.orders.T-1.summary"
          },
          {Map.of("supplementaryStatement", "010101A123N"), "changes.supplementaryStatement"},
          {Map.of("email", "not-an-email"), "changes.email"},
          {Map.of(), "changes"}
        }) {
      as("dpo")
          .body(Map.of("changes", bad[0]))
          .post("/api/v1/requests/{id}/execute", id)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem(bad[1]));
    }
    as("dpo")
        .post("/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("changes"));
  }

  @Test
  void givenValueTheRegisterRefuses_whenExecuted_thenBadRequestNamingFieldAndStillOpen() {
    String id = RequestApi.verified("RECTIFICATION", email("one"));

    as("dpo")
        .body(Map.of("changes", Map.of("email", "maija@register.invalid")))
        .post("/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("changes.email"));

    as("dpo")
        .get("/api/v1/requests/{id}", id)
        .then()
        .body("status", equalTo("IN_PROGRESS"))
        .body("timeline.action", hasItem("REGISTER_REFUSED"));
  }

  @Test
  void givenChangesOnAnotherType_whenExecuted_thenBadRequest() {
    String id = RequestApi.verified("ACCESS", email("one"));

    as("dpo")
        .body(Map.of("changes", Map.of("lastName", "Virtanen")))
        .post("/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("changes"));
  }
}
