package fi.rekisteri.register.preference;

import static fi.rekisteri.register.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import fi.rekisteri.register.support.Api;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Preferences are a history with source and recorder, not a flag. */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class PreferenceTest {

  private static Map<String, Object> source() {
    return Map.of("channel", "PHONE", "collectedAt", Instant.now().minusSeconds(1).toString());
  }

  @Test
  void givenConsentThenBan_whenRead_thenHistoryKeptAndCurrentStateDerived() {
    String id = Api.createContact(TestData.contact());
    as("dpo").get("/api/v1/contacts/{id}/preferences", id).then().body("history", empty());

    as("sales")
        .body(
            Map.of(
                "kind",
                "DIRECT_MARKETING_CONSENT",
                "channel",
                "EMAIL",
                "granted",
                true,
                "source",
                source()))
        .post("/api/v1/contacts/{id}/preferences", id)
        .then()
        .statusCode(201)
        .body("current.consentedChannels", contains("EMAIL"));
    as("sales")
        .body(Map.of("kind", "RESEARCH_BAN", "granted", true, "source", source()))
        .post("/api/v1/contacts/{id}/preferences", id)
        .then()
        .statusCode(201);

    as("dpo")
        .get("/api/v1/contacts/{id}/preferences", id)
        .then()
        .statusCode(200)
        .body("history", hasSize(2))
        .body("history[0].recordedBy", equalTo("sales"))
        .body("history[1].source.channel", equalTo("PHONE"))
        .body("current.researchBan", equalTo(true));
  }

  @Test
  void givenBanWithChannel_whenRecorded_thenRefusedNamingChannel() {
    String id = Api.createContact(TestData.contact());

    as("sales")
        .body(
            Map.of("kind", "RESEARCH_BAN", "channel", "EMAIL", "granted", true, "source", source()))
        .post("/api/v1/contacts/{id}/preferences", id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("channel"));
    as("dpo").get("/api/v1/contacts/{id}/preferences", id).then().body("history", empty());
  }
}
