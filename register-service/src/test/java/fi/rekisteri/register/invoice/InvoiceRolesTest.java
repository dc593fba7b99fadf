package fi.rekisteri.register.invoice;

import static io.restassured.RestAssured.given;

import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import fi.rekisteri.register.support.Tokens;
import fi.rekisteri.stack.SendsBadInput;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Write: accounting, admin. Read: accounting, dpo, admin; sales may not read invoices. */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class InvoiceRolesTest {

  @SendsBadInput("empty bodies: without a token nothing is read")
  @Test
  void givenNoToken_whenCallingEachEndpoint_thenUnauthorized() {
    String id = InvoiceFixtures.invoice(InvoiceFixtures.contact(), "1.00").path("id");
    given()
        .contentType("application/json")
        .body("{}")
        .post("/api/v1/invoices")
        .then()
        .statusCode(401);
    given().get("/api/v1/invoices").then().statusCode(401);
    given().get("/api/v1/invoices/{id}", id).then().statusCode(401);
    given()
        .contentType("application/json")
        .header("If-Match", "\"0\"")
        .body(Map.of("status", "PAID"))
        .put("/api/v1/invoices/{id}/status", id)
        .then()
        .statusCode(401);
    given()
        .contentType("application/json")
        .body(TestData.payment("1.00"))
        .post("/api/v1/invoices/{id}/payments", id)
        .then()
        .statusCode(401);
  }

  @ParameterizedTest
  @CsvSource({"accounting,201", "admin,201", "sales,403", "dpo,403", "maija,403"})
  void givenRole_whenCreating_thenAllowedOnlyForAccounting(String user, int status) {
    given()
        .header("Authorization", Tokens.bearer(user))
        .contentType("application/json")
        .body(TestData.invoice(InvoiceFixtures.contact(), null, "1.00"))
        .post("/api/v1/invoices")
        .then()
        .statusCode(status);
  }

  @ParameterizedTest
  @CsvSource({"accounting,200", "dpo,200", "admin,200", "sales,403", "maija,403"})
  void givenRole_whenReading_thenSalesMayNot(String user, int status) {
    String id = InvoiceFixtures.invoice(InvoiceFixtures.contact(), "1.00").path("id");
    given()
        .header("Authorization", Tokens.bearer(user))
        .get("/api/v1/invoices/{id}", id)
        .then()
        .statusCode(status);
    given()
        .header("Authorization", Tokens.bearer(user))
        .queryParam("limit", 1)
        .get("/api/v1/invoices")
        .then()
        .statusCode(status);
  }

  @ParameterizedTest
  @CsvSource({"accounting,200", "admin,200", "sales,403", "dpo,403", "maija,403"})
  void givenRole_whenChangingStatus_thenAllowedOnlyForAccounting(String user, int status) {
    String id = InvoiceFixtures.invoice(InvoiceFixtures.contact(), "1.00").path("id");
    given()
        .header("Authorization", Tokens.bearer(user))
        .header("If-Match", "\"0\"")
        .contentType("application/json")
        .body(Map.of("status", "IN_COLLECTION"))
        .put("/api/v1/invoices/{id}/status", id)
        .then()
        .statusCode(status);
  }

  @ParameterizedTest
  @CsvSource({"accounting,201", "admin,201", "sales,403", "dpo,403", "maija,403"})
  void givenRole_whenRecordingPayment_thenAllowedOnlyForAccounting(String user, int status) {
    String id = InvoiceFixtures.invoice(InvoiceFixtures.contact(), "1.00").path("id");
    given()
        .header("Authorization", Tokens.bearer(user))
        .contentType("application/json")
        .body(TestData.payment("0.50"))
        .post("/api/v1/invoices/{id}/payments", id)
        .then()
        .statusCode(status);
  }
}
