package fi.rekisteri.register.preference;

import static fi.rekisteri.register.support.Api.as;
import static fi.rekisteri.register.support.Api.asRightsService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import fi.rekisteri.register.support.Api;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A restriction never keeps anyone on a marketing list (GDPR Art. 7(3), 21(3), R17): a withdrawal
 * of consent or a marketing prohibition is recorded on a restricted contact, also on one an erasure
 * had to keep, by sales and by the rights service; granting consent or lifting a prohibition stays
 * refused.
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class RestrictedPreferencesTest {

  enum Restriction {
    /** Restricted on the data subject's request (the internal restrict command). */
    REQUESTED,
    /** What a partial erasure kept for an open invoice: restricted, erased_at empty. */
    ERASURE_HOLD
  }

  @ParameterizedTest
  @EnumSource(Restriction.class)
  void givenRestrictedContact_whenRecord_thenWithdrawalAndBansRecordedOtherChangesRefused(
      Restriction restriction) {
    String id = Api.createContact(TestData.contact());
    bySales(id, "DIRECT_MARKETING_CONSENT", "EMAIL", true).then().statusCode(201);
    restrict(id, restriction);

    bySales(id, "DIRECT_MARKETING_CONSENT", "EMAIL", false).then().statusCode(204);
    for (String ban :
        List.of(
            "DIRECT_MARKETING_BAN",
            "DISTANCE_SELLING_BAN",
            "RESEARCH_BAN",
            "LIST_PUBLICATION_BAN")) {
      bySales(id, ban, null, true).then().statusCode(204);
    }
    // granting consent, or lifting a prohibition, is a change the restriction refuses
    bySales(id, "DIRECT_MARKETING_CONSENT", "SMS", true)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", endsWith("/restricted"));
    bySales(id, "RESEARCH_BAN", null, false)
        .then()
        .statusCode(409)
        .body("type", endsWith("/restricted"));

    JsonPath stored =
        as("dpo")
            .get("/api/v1/contacts/{id}/preferences", id)
            .then()
            .statusCode(200)
            .body("current.consentedChannels", empty())
            .body("current.directMarketingBan", equalTo(true))
            .body("current.distanceSellingBan", equalTo(true))
            .body("current.researchBan", equalTo(true))
            .body("current.listPublicationBan", equalTo(true))
            .extract()
            .jsonPath();
    List<Map<String, Object>> recorded = stored.getList("history");
    assertThat(recorded)
        .filteredOn(change -> "DIRECT_MARKETING_CONSENT".equals(change.get("kind")))
        .last()
        .satisfies(
            withdrawal -> {
              assertThat(withdrawal).containsEntry("granted", false);
              assertThat(withdrawal).containsEntry("channel", "EMAIL");
              assertThat(withdrawal).containsEntry("recordedBy", "sales");
            });
    assertThat(recorded).noneMatch(change -> "SMS".equals(change.get("channel")));
    // still restricted, and sales still does not read it
    as("sales").get("/api/v1/contacts/{id}/preferences", id).then().statusCode(409);
    as("dpo")
        .get("/api/v1/contacts/{id}", id)
        .then()
        .statusCode(200)
        .body("restriction.restricted", equalTo(true));
  }

  @ParameterizedTest
  @EnumSource(Restriction.class)
  void givenRestrictedContactAndARoleThatReadsIt_whenRecord_thenTheNewStateIsAnswered(
      Restriction restriction) {
    String id = Api.createContact(TestData.contact());
    restrict(id, restriction);

    as("admin")
        .body(body("DIRECT_MARKETING_BAN", null, true))
        .post("/api/v1/contacts/{id}/preferences", id)
        .then()
        .statusCode(201)
        .body("current.directMarketingBan", equalTo(true));
  }

  @ParameterizedTest
  @EnumSource(Restriction.class)
  void givenRestrictedContact_whenObjection_thenTheRightsServiceRecordsIt(Restriction restriction) {
    String id = Api.createContact(TestData.contact());
    restrict(id, restriction);

    asRightsService()
        .body(Map.of("requestId", "req-" + TestData.unique(), "kind", "DIRECT_MARKETING"))
        .post("/api/v1/internal/subjects/{id}/objection", id)
        .then()
        .statusCode(200);

    as("dpo")
        .get("/api/v1/contacts/{id}", id)
        .then()
        .statusCode(200)
        .body("objection.directMarketing", equalTo(true))
        .body("restriction.restricted", equalTo(true));
  }

  // ---- helpers

  private static void restrict(String id, Restriction restriction) {
    switch (restriction) {
      case REQUESTED ->
          asRightsService()
              .body(Map.of("requestId", "req-" + TestData.unique()))
              .post("/api/v1/internal/subjects/{id}/restrict", id)
              .then()
              .statusCode(200);
      case ERASURE_HOLD -> {
        Api.createInvoice(id, LocalDate.now().minusDays(3));
        asRightsService()
            .body(Map.of("requestId", "req-" + TestData.unique()))
            .post("/api/v1/internal/subjects/{id}/erase", id)
            .then()
            .statusCode(200)
            .body("outcome", equalTo("PARTIALLY_ERASED"))
            .body("restricted", equalTo(true));
      }
    }
  }

  /** Sales records one change. */
  private static Response bySales(String id, String kind, String channel, boolean granted) {
    return as("sales")
        .body(body(kind, channel, granted))
        .post("/api/v1/contacts/{id}/preferences", id);
  }

  private static Map<String, Object> body(String kind, String channel, boolean granted) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", kind);
    if (channel != null) {
      body.put("channel", channel);
    }
    body.put("granted", granted);
    body.put(
        "source",
        Map.of("channel", "EMAIL", "collectedAt", Instant.now().minusSeconds(5).toString()));
    return body;
  }
}
