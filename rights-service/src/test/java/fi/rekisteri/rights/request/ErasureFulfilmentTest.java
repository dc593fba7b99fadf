package fi.rekisteri.rights.request;

import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import fi.rekisteri.rights.support.EventProducer;
import fi.rekisteri.rights.support.FakeRegister;
import fi.rekisteri.rights.support.RightsStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** ERASURE: completed only when the register's ContactErased event has been consumed. */
@QuarkusTest
@WithTestResource(RightsStack.class)
class ErasureFulfilmentTest {

  private static void contactErased(UUID subjectId, String requestId) {
    String event =
        """
        {"eventId":"%s","eventType":"ContactErased","aggregateType":"contact",
         "aggregateId":"%s","subjectId":"%s","occurredAt":"%s","schemaVersion":1,
         "body":{"requestId":"%s","erased":["contact"],"kept":["invoices"]}}
        """
            .formatted(UUID.randomUUID(), subjectId, subjectId, Instant.now(), requestId);
    EventProducer.send("contact.events", subjectId.toString(), event);
  }

  @Test
  void givenInvoicesKept_whenErased_thenPartiallyCompletedAfterEventWithGroundsAndAuthority() {
    String requester = email("partial");
    UUID subjectId = FakeRegister.subjectId(requester);
    String id = RequestApi.verified("ERASURE", requester);

    as("dpo")
        .post("/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(202)
        .body("status", equalTo("IN_PROGRESS"))
        .body("awaitingConfirmation", equalTo(true))
        .body("outcome", equalTo("PARTIALLY_ERASED"))
        .body("result.kept[0].category", equalTo("invoices"))
        .body("result.kept[0].until", equalTo("2032-12-31"))
        .body("openNotifications", equalTo(3));
    as("dpo").body(Map.of()).post("/api/v1/requests/{id}/complete", id).then().statusCode(409);

    contactErased(subjectId, id);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                as("dpo")
                    .get("/api/v1/requests/{id}", id)
                    .then()
                    .body("status", equalTo("PARTIALLY_COMPLETED"))
                    .body("awaitingConfirmation", equalTo(false))
                    .body("timeline.action", hasItem("ERASURE_CONFIRMED")));
    as("dpo")
        .get("/api/v1/requests/{id}/letters", id)
        .then()
        .body("[0].kind", equalTo("PARTIAL_REFUSAL"))
        .body("[0].body", containsString("Kirjanpitolaki 2:10"))
        .body("[0].body", containsString("31.12.2032"))
        .body("[0].body", containsString("yhteystiedot (anonymisoitu)"))
        .body("[0].body", containsString("Tietosuojavaltuutetun toimisto"));
  }

  @Test
  void givenEverythingErasable_whenErasedAndEventConsumed_thenCompleted() {
    String requester = email("one");
    UUID subjectId = FakeRegister.subjectId(requester);
    String id = RequestApi.verified("ERASURE", requester);

    as("dpo")
        .post("/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(202)
        .body("awaitingConfirmation", equalTo(true));
    as("dpo").post("/api/v1/requests/{id}/execute", id).then().statusCode(409);

    contactErased(subjectId, id);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                as("dpo")
                    .get("/api/v1/requests/{id}", id)
                    .then()
                    .body("status", equalTo("COMPLETED")));
    as("dpo")
        .get("/api/v1/requests/{id}/letters", id)
        .then()
        .body("[0].kind", equalTo("COMPLETION"))
        .body("[0].body", containsString("poistettu"));
  }
}
