package fi.rekisteri.rights.fulfilment;

import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import fi.rekisteri.rights.request.RequestApi;
import fi.rekisteri.rights.support.RightsStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Art. 19 (R20): the notification tasks of a rectification, erasure or restriction are the distinct
 * recipients and processors of this person's disclosure ledger in the register, and nobody else; an
 * objection to direct marketing tells the processors of the marketing lists the person was on.
 */
@QuarkusTest
@WithTestResource(RightsStack.class)
class LedgerRecipientsTest {

  private static final Map<String, Object> RECTIFY =
      Map.of("changes", Map.of("phone", "+358 40 765 4321"));

  private static void execute(String id, Map<String, Object> body) {
    // an erasure answers 202: it completes when the register's ContactErased event arrives
    as("dpo")
        .body(body)
        .post("/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(anyOf(is(200), is(202)));
  }

  @Test
  void givenLedgerWithOnlyThePrintingHouse_whenRectifiedErasedOrRestricted_thenOneTaskForIt() {
    for (String type : List.of("RECTIFICATION", "ERASURE", "RESTRICTION")) {
      String id = RequestApi.verified(type, email("printed"));

      execute(id, type.equals("RECTIFICATION") ? RECTIFY : Map.of());

      as("dpo")
          .get("/api/v1/requests/{id}/notifications", id)
          .then()
          .statusCode(200)
          .body("recipient", contains("Painotalo Oy"))
          .body("recipientKind", contains("RECIPIENT"))
          .body("reason", contains(type));
    }
  }

  @Test
  void givenEmptyLedger_whenRectifiedErasedOrRestricted_thenNoTask() {
    for (String type : List.of("RECTIFICATION", "ERASURE", "RESTRICTION")) {
      String id = RequestApi.verified(type, email("unlisted"));

      execute(id, type.equals("RECTIFICATION") ? RECTIFY : Map.of());

      as("dpo").get("/api/v1/requests/{id}/notifications", id).then().body("", empty());
      as("dpo").get("/api/v1/requests/{id}", id).then().body("openNotifications", equalTo(0));
    }
  }

  @Test
  void givenLedgerWithInvoicesCollectionAndNewsletter_whenRestricted_thenEachOnceWithItsKind() {
    String id = RequestApi.verified("RESTRICTION", email("one"));

    execute(id, Map.of());

    as("dpo")
        .get("/api/v1/requests/{id}/notifications", id)
        .then()
        .body(
            "recipient", contains("Tilitoimisto Laskuri Oy", "Perintä Oy", "Uutiskirje Palvelu Oy"))
        .body("recipientKind", contains("PROCESSOR", "RECIPIENT", "PROCESSOR"));
  }

  @Test
  void givenPersonOnEmailMarketingList_whenObjectionToDirectMarketingExecuted_thenNewsletterTold() {
    String id = RequestApi.verified("OBJECTION", email("one"));

    execute(id, Map.of());

    as("dpo")
        .get("/api/v1/requests/{id}/notifications", id)
        .then()
        .body("recipient", contains("Uutiskirje Palvelu Oy"))
        .body("recipientKind", contains("PROCESSOR"))
        .body("reason", contains("OBJECTION"));
  }

  @Test
  void givenPersonOnlyOnPrintingHouseList_whenObjectionToDirectMarketingExecuted_thenNoTask() {
    String id = RequestApi.verified("OBJECTION", email("printed"));

    execute(id, Map.of());

    as("dpo").get("/api/v1/requests/{id}/notifications", id).then().body("", empty());
  }

  @Test
  void
      givenLedgerWithOnlyThePrintingHouse_whenObjectionOnParticularSituationExecuted_thenItIsTold() {
    // a 21(1) objection restricts processing, and a restriction is told to every recipient
    Map<String, Object> body = RequestApi.intake("OBJECTION", email("printed"));
    body.put("objectionKind", "PARTICULAR_SITUATION");
    body.put("situation", "Olen muuttanut ulkomaille.");
    String id = RequestApi.create(body);
    as("dpo")
        .body(Map.of("method", "DPO_CHECK"))
        .post("/api/v1/requests/{id}/identity", id)
        .then()
        .statusCode(200);

    execute(id, Map.of());

    as("dpo")
        .get("/api/v1/requests/{id}/notifications", id)
        .then()
        .body("recipient", contains("Painotalo Oy"))
        .body("recipientKind", contains("RECIPIENT"));
  }
}
