package fi.rekisteri.rights.fulfilment;

import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import fi.rekisteri.rights.request.RequestApi;
import fi.rekisteri.rights.support.EventProducer;
import fi.rekisteri.rights.support.FakeRegister;
import fi.rekisteri.rights.support.RightsStack;
import fi.rekisteri.rights.support.Superuser;
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
public class ErasureFulfilmentTest {

  public static void contactErased(UUID subjectId, String requestId) {
    String event =
        """
        {"eventId":"%s","eventType":"ContactErased","aggregateType":"contact",
         "aggregateId":"%s","subjectId":"%s","occurredAt":"%s","schemaVersion":1,
         "body":{"requestId":"%s","erased":["INTERACTIONS","PREFERENCE_HISTORY"],"kept":[]}}
        """
            .formatted(UUID.randomUUID(), subjectId, subjectId, Instant.now(), requestId);
    EventProducer.send("contact.events", subjectId.toString(), event);
  }

  /** The day the register's keyed hash of an email erased today goes (its default policy). */
  private static String hashUntil() {
    java.time.LocalDate until = RequestApi.today().plusYears(5);
    return until.getDayOfMonth() + "." + until.getMonthValue() + "." + until.getYear();
  }

  /** The register's voucher rule for the invoice of its golden file, issued today. */
  private static String voucherUntil() {
    return "31.12." + (RequestApi.today().getYear() + 6);
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
        .body("restricted", equalTo(true))
        .body("result.kept.category", contains("OPEN_INVOICES", "ACCOUNTING_VOUCHERS"))
        .body("result.kept[0].until", nullValue())
        .body("result.kept[1].until", equalTo(FakeRegister.voucherUntil().toString()))
        .body("result.erased.category", hasItem("CONTACT_DETAILS_EXCEPT_BILLING"))
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
        .body("[0].body", startsWith("Sähkö-Virtanen Oy\n"))
        .body("[0].body", containsString("Asia: Tietojenne poistaminen osittain"))
        .body("[0].body", containsString("avoimet laskut sekä niihin liittyvät nimenne"))
        .body("[0].body", containsString("kirjanpitolain 2 luvun 10 §"))
        .body("[0].body", containsString("Säilytämme tiedot " + voucherUntil() + " asti."))
        .body("[0].body", containsString("Näiden tietojen käsittelyä on rajoitettu"))
        .body("[0].body", containsString("Tietosuojavaltuutetun toimisto"))
        .body("[0].body", containsString("rekisteriasioista vastaava henkilö"))
        .body("[0].body", not(containsString("OPEN_INVOICES")))
        // see docs/promises.md: held data goes when its hold ends; who is told; what the hash keeps
        .body(
            "[0].body", containsString("Poistamme kunkin edellä mainitun tiedon ilman eri pyyntöä"))
        .body(
            "[0].body",
            containsString(
                "Ilmoitamme poistamisesta seuraaville, joille tietojanne on luovutettu tai jotka"
                    + " käsittelevät niitä lukuumme (tietosuoja-asetuksen 19 artikla):\n"
                    + "- Tilitoimisto Laskuri Oy\n- Perintä Oy\n- Uutiskirje Palvelu Oy\n"))
        .body(
            "[0].body",
            containsString(
                "Säilytämme sähköpostiosoitteestanne salaisella avaimella muodostetun tiivisteen "
                    + hashUntil()
                    + " asti."));
  }

  @Test
  void givenActingContactPerson_whenErased_thenRoleKeptAndLetterSaysWhy() {
    String requester = email("contactperson");
    UUID subjectId = FakeRegister.subjectId(requester);
    String id = RequestApi.verified("ERASURE", requester);

    as("dpo")
        .post("/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(202)
        .body("outcome", equalTo("PARTIALLY_ERASED"))
        .body("result.kept.category", contains("CONTACT_PERSON_ROLE"))
        .body("result.restricted", equalTo(false));

    contactErased(subjectId, id);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                as("dpo")
                    .get("/api/v1/requests/{id}", id)
                    .then()
                    .body("status", equalTo("PARTIALLY_COMPLETED")));
    as("dpo")
        .get("/api/v1/requests/{id}/letters", id)
        .then()
        .body("[0].kind", equalTo("PARTIAL_REFUSAL"))
        .body(
            "[0].body", containsString("toimitte edelleen asiakasorganisaatiomme yhteyshenkilönä"))
        .body("[0].body", containsString("tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta"))
        .body("[0].body", not(containsString("Näiden tietojen käsittelyä on rajoitettu")))
        // the work email is kept with the role: no hash of it is made, and none is told of
        .body("[0].body", not(containsString("tiiviste")))
        .body("[0].body", containsString("Sähkö-Virtanen Oy"));
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
        .body("[0].body", containsString("Asia: Tietojenne poistaminen\n"))
        .body(
            "[0].body",
            containsString(
                "asiakasrekisterin henkilötietonne: anonymisoitu eli niistä on poistettu kaikki"
                    + " teihin viittaavat tiedot"))
        // see docs/promises.md: the keyed hash every erasure keeps, and until when (the policy's
        // date)
        .body(
            "[0].body",
            containsString(
                "Säilytämme sähköpostiosoitteestanne salaisella avaimella muodostetun tiivisteen "
                    + hashUntil()
                    + " asti."))
        .body("[0].body", not(containsString("ei voi enää yhdistää teihin")))
        .body("[0].body", containsString("- Perintä Oy\n"))
        .body("[0].body", containsString("rekisteriasioista vastaava henkilö"))
        .body("[0].body", containsString("Sähkö-Virtanen Oy"));
  }

  private static io.restassured.path.json.JsonPath proof(String id) {
    return as("dpo")
        .get("/api/v1/requests/{id}/erasure-proof", id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  public static void awaitConfirmed(String id) {
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                as("dpo")
                    .get("/api/v1/requests/{id}", id)
                    .then()
                    .body("confirmedAt", org.hamcrest.Matchers.notNullValue()));
  }

  @Test
  void
      givenCompleteErasure_whenProofRead_thenEveryPlaceCheckedNothingRemainsAndWhatIsKeptByDesign() {
    String requester = email("proof");
    UUID subjectId = FakeRegister.subjectId(requester);
    String id = RequestApi.verified("ERASURE", requester);
    as("dpo").post("/api/v1/requests/{id}/execute", id).then().statusCode(202);
    // before the register confirmed it there is no proof yet
    as("dpo").get("/api/v1/requests/{id}/erasure-proof", id).then().statusCode(409);
    contactErased(subjectId, id);
    awaitConfirmed(id);

    io.restassured.path.json.JsonPath proof = proof(id);

    org.assertj.core.api.Assertions.assertThat(proof.getString("subjectId"))
        .isEqualTo(subjectId.toString());
    org.assertj.core.api.Assertions.assertThat(proof.getList("checked.place", String.class))
        .contains("contact", "customer_order", "interaction", "invoice")
        .contains("access copies of the subject's requests");
    org.assertj.core.api.Assertions.assertThat(proof.getList("remaining")).isEmpty();
    org.assertj.core.api.Assertions.assertThat(proof.getList("keptByDesign", String.class))
        .containsExactly("SUPPRESSION_KEYED_HASH", "ERASURE_LEDGER_ENTRY", "REQUEST_RECORD");
    // no value of the person in the proof
    org.assertj.core.api.Assertions.assertThat(proof.prettify()).doesNotContain(requester);
  }

  @Test
  void givenPartialErasure_whenProofRead_thenWhatRemainsWithItsGroundAndEnd() {
    String requester = email("partial");
    UUID subjectId = FakeRegister.subjectId(requester);
    String id = RequestApi.verified("ERASURE", requester);
    as("dpo").post("/api/v1/requests/{id}/execute", id).then().statusCode(202);
    contactErased(subjectId, id);
    awaitConfirmed(id);

    io.restassured.path.json.JsonPath proof = proof(id);

    org.assertj.core.api.Assertions.assertThat(proof.getString("outcome"))
        .isEqualTo("PARTIALLY_ERASED");
    org.assertj.core.api.Assertions.assertThat(proof.getList("remaining.place", String.class))
        .contains("contact");
    org.assertj.core.api.Assertions.assertThat(
            proof.getList("remaining.keptFor.flatten()", String.class))
        .contains("OPEN_CLAIM");
  }

  @Test
  void givenAnotherType_whenProofRead_then404() {
    String id = RequestApi.verified("ACCESS", email("proof"));
    as("dpo").get("/api/v1/requests/{id}/erasure-proof", id).then().statusCode(404);
  }

  @Test
  void givenConfirmedErasure_whenACopyAppearsLater_thenTheProofShowsWhatWasFoundAtCompletion() {
    String requester = email("proof-recorded");
    UUID subjectId = FakeRegister.subjectId(requester);
    String id = RequestApi.verified("ERASURE", requester);
    as("dpo").post("/api/v1/requests/{id}/execute", id).then().statusCode(202);
    contactErased(subjectId, id);
    awaitConfirmed(id);
    UUID request = UUID.fromString(id);
    // this service's part was searched and recorded with the confirmation (docs/promises.md)
    org.assertj.core.api.Assertions.assertThat(
            Superuser.update(
                "update erasure_proof_part set checked = checked where request_id = ?"
                    + " and checked like '%access copies%' and remaining = '[]'",
                request))
        .isEqualTo(1);

    // a copy stored afterwards (as a restore could bring back) is not what completion found
    Superuser.update("update data_subject_request set package = '{}' where id = ?", request);
    try {
      io.restassured.path.json.JsonPath proof = proof(id);
      org.assertj.core.api.Assertions.assertThat(proof.getList("checked.place", String.class))
          .contains("access copies of the subject's requests");
      org.assertj.core.api.Assertions.assertThat(proof.getList("remaining")).isEmpty();
    } finally {
      Superuser.update("update data_subject_request set package = null where id = ?", request);
    }
  }
}
