package fi.rekisteri.rights.request;

import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import fi.rekisteri.rights.support.FakeCalls;
import fi.rekisteri.rights.support.FakeRegister;
import fi.rekisteri.rights.support.RightsStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** No match: "no data held"; one: selected; several: the DPO chooses. */
@QuarkusTest
@WithTestResource(RightsStack.class)
class SubjectMatchingTest {

  @Test
  void givenEmailMatchAndNamesake_whenExecuted_thenEmailMatchSelectedAndNamesakeListed() {
    String requester = email("two");
    String id = RequestApi.verified("ACCESS", requester);

    as("dpo")
        .post("/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"))
        .body("match.state", equalTo("ONE"))
        .body("match.subjectId", equalTo(FakeRegister.subjectId(requester).toString()))
        .body("match.candidates", hasSize(2))
        .body("match.candidates[1].matchedOn", contains("name"));
  }

  @Test
  void givenSeveralMatches_whenExecuted_thenConflictUntilDpoChooses() {
    String requester = email("namesakes");
    UUID second = FakeRegister.secondSubjectId(requester);
    String id = RequestApi.verified("ACCESS", requester);

    as("dpo")
        .post("/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(409)
        .body("detail", containsString("Several"));
    as("dpo")
        .get("/api/v1/requests/{id}", id)
        .then()
        .body("match.state", equalTo("SEVERAL"))
        .body("match.candidates", hasSize(2))
        .body("match.candidates.subjectId", hasItem(second.toString()))
        .body("match.candidates[1].matchedOn", contains("name"))
        .body("match.subjectId", equalTo(null));

    // a contact the match did not offer needs a written reason
    as("dpo")
        .body(Map.of("subjectId", UUID.randomUUID().toString()))
        .post("/api/v1/requests/{id}/subject", id)
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("reason"));
    as("dpo")
        .body(Map.of("subjectId", UUID.randomUUID().toString(), "reason", " "))
        .post("/api/v1/requests/{id}/subject", id)
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("reason"));
    as("dpo")
        .body(Map.of("subjectId", second.toString()))
        .post("/api/v1/requests/{id}/subject", id)
        .then()
        .statusCode(200)
        .body("match.subjectId", equalTo(second.toString()));

    as("dpo")
        .post("/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"));
    as("dpo")
        .get("/api/v1/requests/{id}/package", id)
        .then()
        .body("register.subjectId", equalTo(second.toString()));
  }

  @Test
  void givenMatchRunEarly_whenOneMatch_thenSelectedAutomatically() {
    String requester = email("one");
    String id = RequestApi.create("ERASURE", requester);

    as("dpo")
        .post("/api/v1/requests/{id}/match", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("RECEIVED"))
        .body("match.state", equalTo("ONE"))
        .body("match.subjectId", equalTo(FakeRegister.subjectId(requester).toString()))
        .body("match.candidates[0].matchedOn", contains("email"));
  }

  @Test
  void givenOnlyMatchSharesTheNameOnly_whenExecuted_thenDpoMustConfirmIt() {
    String requester = email("namesake");
    UUID namesake = FakeRegister.subjectId(requester);
    String id = RequestApi.verified("ERASURE", requester);

    as("dpo")
        .post("/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(409)
        .body("detail", containsString("name"));
    as("dpo")
        .get("/api/v1/requests/{id}", id)
        .then()
        .body("match.state", equalTo("ONE"))
        .body("match.subjectId", equalTo(null))
        .body("timeline.action", hasItem("SUBJECT_TO_CONFIRM"));

    as("dpo")
        .body(Map.of("note", "Eri henkilö: eri kotikunta ja puhelinnumero."))
        .post("/api/v1/requests/{id}/complete", id)
        .then()
        .statusCode(200)
        .body("outcome", equalTo("NO_DATA_HELD"));
    org.assertj.core.api.Assertions.assertThat(
            FakeCalls.about(namesake).getList("path", String.class))
        .noneMatch(p -> p.endsWith("/erase"));
  }

  @Test
  void givenNoMatch_whenExecuted_thenConflictAndCompletedWithNoDataHeldLetter() {
    String id = RequestApi.verified("ACCESS", email("none"));

    as("dpo")
        .post("/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(409)
        .body("detail", containsString("no data held"));
    as("dpo").get("/api/v1/requests/{id}", id).then().body("match.state", equalTo("NONE"));

    as("dpo")
        .body(Map.of("note", "Tarkistettu myös puhelinnumerolla."))
        .post("/api/v1/requests/{id}/complete", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"))
        .body("outcome", equalTo("NO_DATA_HELD"));
    as("dpo")
        .get("/api/v1/requests/{id}/letters", id)
        .then()
        .body("[0].kind", equalTo("NO_DATA_HELD"))
        .body("[0].body", containsString("Tarkistettu myös puhelinnumerolla."));
  }

  @Test
  void givenSubjectGoneFromRegister_whenExecuted_thenConflictAndRefusalRecorded() {
    String id = RequestApi.verified("PORTABILITY", email("gone"));

    as("dpo")
        .post("/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    as("dpo")
        .get("/api/v1/requests/{id}", id)
        .then()
        .body("status", equalTo("IN_PROGRESS"))
        .body("timeline.action", hasItem("REGISTER_REFUSED"));
  }

  @Test
  void givenARecordedRequest_whenTheDpoAttachesAContactNotOffered_thenOnlyWithAReasonKept() {
    String id = RequestApi.verified("ACCESS", email("namesakes"));
    UUID other = UUID.randomUUID();
    as("dpo").post("/api/v1/requests/{id}/match", id).then().statusCode(200);

    as("dpo")
        .body(
            Map.of(
                "subjectId",
                other.toString(),
                "reason",
                "Asiakas nimesi yhteyshenkilön puhelimessa"))
        .post("/api/v1/requests/{id}/subject", id)
        .then()
        .statusCode(200)
        .body("match.subjectId", equalTo(other.toString()));
    as("dpo")
        .get("/api/v1/requests/{id}", id)
        .then()
        .body(
            "timeline.reason",
            hasItem(containsString("Asiakas nimesi yhteyshenkilön puhelimessa")));
    // the audit keeps who attached whom to which request, and the reason's digest
    String digest =
        java.util.HexFormat.of()
            .formatHex(sha256("Asiakas nimesi yhteyshenkilön puhelimessa".getBytes(UTF_8)));
    as("dpo")
        .queryParam("subjectId", other.toString())
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("items.find { it.action == 'SUBJECT_ATTACHED' }.resource", equalTo("request:" + id))
        .body("items.find { it.action == 'SUBJECT_ATTACHED' }.actor", equalTo("dpo"))
        .body(
            "items.find { it.action == 'SUBJECT_ATTACHED' }.purpose",
            equalTo("reason-sha256:" + digest));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void givenASelfServiceRequest_whenAttachedToAnotherContact_then422NamingSubjectId() {
    String id =
        as("maija")
            .body(Map.of("type", "ACCESS", "language", "fi"))
            .post("/api/v1/me/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as("dpo").post("/api/v1/requests/{id}/match", id).then().statusCode(200);

    // another person's contact, even with a reason: her access package must never reach maija
    for (Map<String, String> body :
        java.util.List.of(
            Map.of("subjectId", UUID.randomUUID().toString()),
            Map.of("subjectId", UUID.randomUUID().toString(), "reason", "the DPO thinks so"),
            Map.of(
                "subjectId",
                FakeRegister.subjectId("matti.virtanen@example.fi").toString(),
                "reason",
                "the DPO thinks so"))) {
      as("dpo")
          .body(body)
          .post("/api/v1/requests/{id}/subject", id)
          .then()
          .statusCode(422)
          .body("errors.field", hasItem("subjectId"));
    }
    as("dpo")
        .get("/api/v1/requests/{id}", id)
        .then()
        .body(
            "match.subjectId",
            equalTo(FakeRegister.subjectId("maija.meikalainen@example.fi").toString()));
  }
}
