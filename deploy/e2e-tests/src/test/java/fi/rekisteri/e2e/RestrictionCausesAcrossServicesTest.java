package fi.rekisteri.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * See docs/promises.md: each request or objection holds its own cause of restriction in the
 * register. A restriction request A and an objection B on one person: lifting A through the rights
 * service leaves the person restricted (sales changes nothing, a withdrawal of consent is still
 * recorded); lifting B, which rejects the objection with a letter of reasons and remedies, ends it.
 */
class RestrictionCausesAcrossServicesTest {

  private static final String REASONS = "The information you sent shows that your data is correct.";

  @BeforeAll
  static void startPlatform() {
    Platform.start();
  }

  @Test
  void givenRequestAndObjection_whenLift_thenRestrictedUntilTheLastCauseIsLifted() {
    String email = "causes." + UUID.randomUUID() + "@example.fi";
    String contactId =
        as("sales")
            .body(person(email))
            .post(Platform.register() + "/api/v1/contacts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    String a = fileRequest(email, Map.of("type", "RESTRICTION"));
    verifyAndExecute(a);
    String b =
        fileRequest(
            email,
            Map.of(
                "type",
                "OBJECTION",
                "objectionKind",
                "PARTICULAR_SITUATION",
                "situation",
                "I have moved abroad."));
    verifyAndExecute(b);
    awaitCauses(contactId, List.of(a, b));
    assertThat(causeKinds(contactId)).containsExactly("REQUESTED", "OBJECTION");

    // A's notice names today: the register lifts A's cause, and only that one
    lift(a);
    awaitCauses(contactId, List.of(b));
    as("dpo")
        .get(Platform.register() + "/api/v1/contacts/{id}", contactId)
        .then()
        .statusCode(200)
        .body("restriction.restricted", equalTo(true));
    as("sales")
        .header("If-Match", "\"0\"")
        .body(person(email))
        .put(Platform.register() + "/api/v1/contacts/{id}", contactId)
        .then()
        .statusCode(409)
        .body("type", endsWith("/restricted"));
    as("sales")
        .body(
            Map.of(
                "kind",
                "DIRECT_MARKETING_CONSENT",
                "channel",
                "EMAIL",
                "granted",
                false,
                "source",
                Map.of(
                    "channel", "EMAIL", "collectedAt", Instant.now().minusSeconds(5).toString())))
        .post(Platform.register() + "/api/v1/contacts/{id}/preferences", contactId)
        .then()
        .statusCode(204);

    // B's lift rejects the objection: the letter gives the reasons and the remedies
    lift(b);
    awaitCauses(contactId, List.of());
    as("sales")
        .get(Platform.register() + "/api/v1/contacts/{id}", contactId)
        .then()
        .statusCode(200)
        .body("restriction.restricted", equalTo(false));
    as("dpo")
        .get(Platform.rights() + "/api/v1/requests/{id}/letters", b)
        .then()
        .statusCode(200)
        .body("kind[-1]", equalTo("OBJECTION_REJECTION"))
        .body("[-1].body", containsString("Article 21(1)"))
        .body("[-1].body", containsString(REASONS))
        .body("[-1].body", containsString("Office of the Data Protection Ombudsman"));
    as("dpo")
        .get(Platform.rights() + "/api/v1/requests/{id}/letters", a)
        .then()
        .statusCode(200)
        .body("kind[-1]", equalTo("RESTRICTION_LIFT_NOTICE"));
  }

  private static RequestSpecification as(String user) {
    return given().header("Authorization", Platform.bearer(user)).contentType("application/json");
  }

  private static Map<String, Object> person(String email) {
    Map<String, Object> body = new HashMap<>();
    body.put("firstName", "Rauni");
    body.put("lastName", "Rajoitettu-" + UUID.randomUUID().toString().substring(0, 6));
    body.put("email", email);
    body.put(
        "source",
        Map.of("channel", "EMAIL", "collectedAt", Instant.now().minusSeconds(60).toString()));
    return body;
  }

  private static String fileRequest(String email, Map<String, Object> extra) {
    Map<String, Object> body = new HashMap<>();
    body.put("channel", "EMAIL");
    body.put("receivedOn", LocalDate.now(ZoneId.of("Europe/Helsinki")).toString());
    body.put("language", "en");
    body.put("subject", Map.of("email", email));
    body.put("details", "Request in the end-to-end test");
    body.putAll(extra);
    return as("dpo")
        .body(body)
        .post(Platform.rights() + "/api/v1/requests")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static void verifyAndExecute(String id) {
    as("dpo")
        .body(Map.of("method", "REGISTER_MATCH", "note", "email matches the register"))
        .post(Platform.rights() + "/api/v1/requests/{id}/identity", id)
        .then()
        .statusCode(200);
    as("dpo")
        .post(Platform.rights() + "/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(anyOf(equalTo(200), equalTo(202)));
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(250))
        .untilAsserted(
            () ->
                as("dpo")
                    .get(Platform.rights() + "/api/v1/requests/{id}", id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("COMPLETED"))
                    .body("restricted", equalTo(true)));
  }

  private static void lift(String id) {
    as("dpo")
        .body(Map.of("reasons", REASONS))
        .post(Platform.rights() + "/api/v1/requests/{id}/lift-restriction", id)
        .then()
        .statusCode(200);
  }

  private static void awaitCauses(String contactId, List<String> requestIds) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(250))
        .untilAsserted(
            () ->
                assertThat(
                        as("dpo")
                            .get(Platform.register() + "/api/v1/contacts/{id}", contactId)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getList("restriction.causes.requestId", String.class))
                    .containsExactlyElementsOf(requestIds));
  }

  private static List<String> causeKinds(String contactId) {
    return as("dpo")
        .get(Platform.register() + "/api/v1/contacts/{id}", contactId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("restriction.causes.kind", String.class);
  }
}
