package fi.rekisteri.register.order;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import fi.rekisteri.register.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(RegisterStack.class)
class OrderCrudTest {

  @Test
  void givenValidOrder_whenCreated_thenLocationETagAndBodyWithId() {
    String contactId = OrderFixtures.contact();
    ExtractableResponse<Response> created = OrderFixtures.order(contactId);

    String id = created.path("id");
    assertThat(created.header("Location")).endsWith("/api/v1/orders/" + id);
    assertThat(created.header("ETag")).isEqualTo("\"0\"");
    assertThat((String) created.path("contactId")).isEqualTo(contactId);
    assertThat((String) created.path("currency")).isEqualTo("EUR");

    given()
        .header("Authorization", Tokens.bearer("accounting"))
        .get("/api/v1/orders/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("id", equalTo(id))
        .body("total", equalTo(1250.00f));
  }

  @Test
  void givenETag_whenUpdatedWithIfMatch_thenNewVersionAndStaleOrMissingIfMatchRefused() {
    String contactId = OrderFixtures.contact();
    String id = OrderFixtures.order(contactId).path("id");
    Map<String, Object> changed = TestData.order(contactId);
    changed.put("summary", "Kattoremontti ja rännit");

    String etag =
        given()
            .header("Authorization", Tokens.bearer("sales"))
            .header("If-Match", "\"0\"")
            .contentType("application/json")
            .body(changed)
            .put("/api/v1/orders/{id}", id)
            .then()
            .statusCode(200)
            .body("summary", equalTo("Kattoremontti ja rännit"))
            .body("version", equalTo(1))
            .extract()
            .header("ETag");
    assertThat(etag).isEqualTo("\"1\"");

    given()
        .header("Authorization", Tokens.bearer("sales"))
        .header("If-Match", "\"0\"")
        .contentType("application/json")
        .body(changed)
        .put("/api/v1/orders/{id}", id)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    given()
        .header("Authorization", Tokens.bearer("sales"))
        .contentType("application/json")
        .body(changed)
        .put("/api/v1/orders/{id}", id)
        .then()
        .statusCode(428)
        .contentType("application/problem+json");
  }

  @Test
  void givenOrdersOfAContact_whenListedWithLimit_thenKeysetPagesFilteredByContact() {
    String contactId = OrderFixtures.contact();
    String first = OrderFixtures.order(contactId).path("id");
    String second = OrderFixtures.order(contactId).path("id");
    OrderFixtures.order(OrderFixtures.contact());

    ExtractableResponse<Response> page1 =
        given()
            .header("Authorization", Tokens.bearer("dpo"))
            .queryParam("contactId", contactId)
            .queryParam("limit", 1)
            .get("/api/v1/orders")
            .then()
            .statusCode(200)
            .body("items", hasSize(1))
            .extract();
    List<String> page2 =
        given()
            .header("Authorization", Tokens.bearer("dpo"))
            .queryParam("contactId", contactId)
            .queryParam("limit", 1)
            .queryParam("cursor", page1.<String>path("next"))
            .get("/api/v1/orders")
            .then()
            .statusCode(200)
            .body("next", equalTo(null))
            .extract()
            .path("items.id");

    assertThat(List.of(page1.<String>path("items[0].id"), page2.get(0)))
        .containsExactlyInAnyOrder(first, second);
  }

  @Test
  void givenOrder_whenDeleted_thenGone() {
    String id = OrderFixtures.order(OrderFixtures.contact()).path("id");

    given()
        .header("Authorization", Tokens.bearer("admin"))
        .delete("/api/v1/orders/{id}", id)
        .then()
        .statusCode(204);
    given()
        .header("Authorization", Tokens.bearer("admin"))
        .get("/api/v1/orders/{id}", id)
        .then()
        .statusCode(404);
  }

  @Test
  void givenInvoicedOrder_whenDeleted_thenConflictAndKept() {
    String contactId = OrderFixtures.contact();
    String id = OrderFixtures.order(contactId).path("id");
    given()
        .header("Authorization", Tokens.bearer("accounting"))
        .contentType("application/json")
        .body(TestData.invoice(contactId, id, "100.00"))
        .post("/api/v1/invoices")
        .then()
        .statusCode(201);

    given()
        .header("Authorization", Tokens.bearer("sales"))
        .delete("/api/v1/orders/{id}", id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    given()
        .header("Authorization", Tokens.bearer("sales"))
        .get("/api/v1/orders/{id}", id)
        .then()
        .statusCode(200);
  }
}
