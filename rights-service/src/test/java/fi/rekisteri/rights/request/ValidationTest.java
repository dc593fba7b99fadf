package fi.rekisteri.rights.request;

import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static fi.rekisteri.rights.request.RequestApi.intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import fi.rekisteri.rights.support.RightsStack;
import fi.rekisteri.stack.SendsBadInput;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every bad input is a 400 problem naming the field, and nothing is stored. */
@QuarkusTest
@WithTestResource(RightsStack.class)
@SendsBadInput("every test sends a request the service must refuse")
class ValidationTest {

  @Inject RequestRepository repository;

  private long before;

  @BeforeEach
  void countRequests() {
    before = rows();
  }

  @AfterEach
  void nothingStored() {
    assertThat(rows()).isEqualTo(before);
  }

  private long rows() {
    return QuarkusTransaction.requiringNew().call(repository::count);
  }

  @Test
  void givenUnknownField_whenRecorded_thenBadRequestNamingIt() {
    Map<String, Object> body = intake("ACCESS", email("invalid"));
    body.put("idDocument", "passport.jpg");

    as("dpo")
        .body(body)
        .post("/api/v1/requests")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("idDocument"));
  }

  @Test
  void givenBadType_whenRecorded_thenBadRequestNamingType() {
    Map<String, Object> body = intake("FORGET_ME", email("invalid"));

    as("dpo")
        .body(body)
        .post("/api/v1/requests")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("type"));
  }

  @Test
  void givenBadLanguage_whenRecorded_thenBadRequestNamingLanguage() {
    Map<String, Object> body = intake("ACCESS", email("invalid"));
    body.put("language", "sv");

    as("dpo")
        .body(body)
        .post("/api/v1/requests")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("language"));
  }

  @Test
  void givenFutureReceivedOn_whenRecorded_thenBadRequestNamingReceivedOn() {
    Map<String, Object> body = intake("ACCESS", email("invalid"));
    // two days ahead: still in the future if the service's date turns over during the test
    body.put("receivedOn", RequestApi.today().plusDays(2).toString());

    as("dpo")
        .body(body)
        .post("/api/v1/requests")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("receivedOn"));
  }

  @Test
  void givenReceivedOnBeforeTheGdprApplied_whenRecorded_thenBadRequestNamingReceivedOn() {
    Map<String, Object> body = intake("ACCESS", email("invalid"));
    body.put("receivedOn", "2018-05-24");

    as("dpo")
        .body(body)
        .post("/api/v1/requests")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("receivedOn"));
  }

  @Test
  void givenIdentityCodeInDetails_whenRecorded_thenBadRequestNamingDetails() {
    Map<String, Object> body = intake("ACCESS", email("invalid"));
    body.put("details", "Hetuni on 131052-308t");

    as("dpo")
        .body(body)
        .post("/api/v1/requests")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("details"));
  }

  @Test
  void givenMissingType_whenRecorded_thenBadRequestNamingType() {
    Map<String, Object> body = intake("ACCESS", email("invalid"));
    body.remove("type");

    as("dpo")
        .body(body)
        .post("/api/v1/requests")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("type"));
  }

  @Test
  void givenMalformedDate_whenRecorded_thenBadRequestNamingReceivedOn() {
    Map<String, Object> body = intake("ACCESS", email("invalid"));
    body.put("receivedOn", "31.1.2026");

    as("dpo")
        .body(body)
        .post("/api/v1/requests")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("receivedOn"));
  }

  @Test
  void givenSubjectWithoutAnyIdentifier_whenRecorded_thenBadRequestNamingSubject() {
    Map<String, Object> body = intake("ACCESS", null);
    body.put("subject", Map.of("firstName", "Maija"));

    as("dpo")
        .body(body)
        .post("/api/v1/requests")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("subject.email"));
  }

  @Test
  void givenBadEmail_whenRecorded_thenBadRequestNamingSubjectEmail() {
    Map<String, Object> body = intake("ACCESS", "not-an-email");

    as("dpo")
        .body(body)
        .post("/api/v1/requests")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("subject.email"));
  }

  @Test
  void givenParticularSituationWithoutSituation_whenRecorded_thenBadRequestNamingSituation() {
    Map<String, Object> body = intake("OBJECTION", email("invalid"));
    body.remove("details");
    body.put("objectionKind", "PARTICULAR_SITUATION");

    as("dpo")
        .body(body)
        .post("/api/v1/requests")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("situation"));
  }

  @Test
  void givenNoBody_whenRecorded_thenBadRequest() {
    as("dpo")
        .post("/api/v1/requests")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void givenBrokenJson_whenRecorded_thenBadRequestProblem() {
    as("dpo")
        .body("{\"type\": ")
        .post("/api/v1/requests")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400));
  }

  @Test
  void givenBadListFilter_whenListed_thenBadRequestNamingParameter() {
    as("dpo")
        .queryParam("status", "DONE")
        .get("/api/v1/requests")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("status"));
    as("dpo")
        .queryParam("limit", 201)
        .get("/api/v1/requests")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("limit"));
    as("dpo")
        .queryParam("dueBefore", "tomorrow")
        .get("/api/v1/requests")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("dueBefore"));
    as("dpo")
        .queryParam("cursor", "garbage!")
        .get("/api/v1/requests")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("cursor"));
  }
}
