package fi.rekisteri.register.subjectrights;

import static fi.rekisteri.register.support.Api.as;
import static fi.rekisteri.register.support.Api.asRightsService;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import fi.rekisteri.register.support.Api;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rectification is a JSON Merge Patch (RFC 7396) of the contact, its orders and statement. */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class RectifyMergePatchTest {

  private static ValidatableResponse rectify(String id, Map<String, Object> changes) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("requestId", "req-" + TestData.unique());
    body.put("changes", changes);
    return asRightsService().body(body).post("/api/v1/internal/subjects/{id}/rectify", id).then();
  }

  private static ValidatableResponse export(String id) {
    return asRightsService()
        .queryParam("requestId", "req-" + TestData.unique())
        .get("/api/v1/internal/subjects/{id}/export", id)
        .then()
        .statusCode(200);
  }

  private static Map<String, Object> changes(Object... pairs) {
    Map<String, Object> changes = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      changes.put((String) pairs[i], pairs[i + 1]);
    }
    return changes;
  }

  @Test
  void givenNullAndAbsentFields_whenRectify_thenNullRemovesAndAbsentKeeps() {
    Map<String, Object> contact = TestData.contact();
    contact.put("title", "Myyjä");
    String id = Api.createContact(contact);

    rectify(id, changes("notes", null, "phone", "+358401112233"))
        .statusCode(200)
        .body("changedFields", contains("phone", "notes"))
        .body("sources[0].record", equalTo("contact"))
        .body("sources[0].channel", equalTo("WEB_FORM"));

    export(id)
        .body("contact.notes", nullValue())
        .body("contact.title", equalTo("Myyjä"))
        .body("contact.email", equalTo(contact.get("email")));
  }

  @Test
  void givenFirstOrLastNameNull_whenRectify_thenProblemNamingTheFieldAndNothingStored() {
    Map<String, Object> contact = TestData.contact();
    String id = Api.createContact(contact);

    rectify(id, changes("notes", "uusi", "firstName", null))
        .statusCode(400)
        .body("errors[0].field", equalTo("changes.firstName"));
    rectify(id, changes("lastName", null))
        .statusCode(400)
        .body("errors[0].field", equalTo("changes.lastName"));

    export(id).body("contact.notes", equalTo(contact.get("notes")));
  }

  @Test
  void givenUnknownFieldOrOtherPersonsOrder_whenRectify_thenProblemNamingIt() {
    String id = Api.createContact(TestData.contact());
    String other = Api.createContact(TestData.contact());
    String number = "T-" + TestData.unique();
    Map<String, Object> order = TestData.order(other);
    order.put("number", number);
    as("sales").body(order).post("/api/v1/orders").then().statusCode(201);

    rectify(id, changes("source", Map.of("channel", "EMAIL")))
        .statusCode(400)
        .body("errors[0].field", equalTo("changes.source"));
    rectify(id, changes("orders", Map.of(number, Map.of("summary", "x"))))
        .statusCode(400)
        .body("errors[0].field", equalTo("changes.orders." + number));
    rectify(id, changes("supplementaryStatement", "hetu 131052-308T"))
        .statusCode(400)
        .body("errors[0].field", equalTo("changes.supplementaryStatement"));
  }

  @Test
  void givenOrderSummaryAndStatement_whenRectify_thenCorrectedAndStatementInExport() {
    String id = Api.createContact(TestData.contact());
    String number = "T-" + TestData.unique();
    Map<String, Object> order = TestData.order(id);
    order.put("number", number);
    as("sales").body(order).post("/api/v1/orders").then().statusCode(201);

    rectify(
            id,
            changes(
                "orders",
                Map.of(number, Map.of("summary", "Kaapelointi, 3 h")),
                "supplementaryStatement",
                "Tilauksen kesto oli kolme tuntia."))
        .statusCode(200)
        .body("changedFields", contains("supplementaryStatement", "orderSummary"))
        .body("sources.record", contains("order " + number));
    rectify(id, changes("supplementaryStatement", "Tilauksen kesto oli kolme tuntia."))
        .statusCode(200)
        .body("changedFields", empty())
        .body("sources", empty());

    export(id)
        .body("contact.supplementaryStatement", equalTo("Tilauksen kesto oli kolme tuntia."))
        .body("orders.find { it.number == '" + number + "' }.summary", equalTo("Kaapelointi, 3 h"));
  }
}
