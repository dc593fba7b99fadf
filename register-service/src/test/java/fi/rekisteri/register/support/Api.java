package fi.rekisteri.register.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Shortcuts for creating register data over HTTP with the right roles. */
public final class Api {

  private Api() {}

  public static RequestSpecification as(String user) {
    return given().header("Authorization", Tokens.bearer(user)).contentType("application/json");
  }

  public static RequestSpecification asRightsService() {
    return given()
        .header("Authorization", "Bearer " + Tokens.rightsService())
        .contentType("application/json");
  }

  public static String createContact(Map<String, Object> body) {
    return as("sales")
        .body(body)
        .post("/api/v1/contacts")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  public static String createOrganisation() {
    return as("sales")
        .body(TestData.organisation(TestData.businessId()))
        .post("/api/v1/organisations")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  public static String createInvoice(String contactId, LocalDate issued) {
    return as("accounting")
        .body(
            Map.of(
                "number",
                "L-" + UUID.randomUUID().toString().substring(0, 12),
                "contactId",
                contactId,
                "issueDate",
                issued.toString(),
                "dueDate",
                issued.plusDays(14).toString(),
                "amount",
                new java.math.BigDecimal("100.00"),
                "referenceNumber",
                "1232"))
        .post("/api/v1/invoices")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
