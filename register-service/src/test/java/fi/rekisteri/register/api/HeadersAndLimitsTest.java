package fi.rekisteri.register.api;

import static fi.rekisteri.register.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import fi.rekisteri.register.support.Api;
import fi.rekisteri.register.support.DemoProfile;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import fi.rekisteri.register.support.Tokens;
import fi.rekisteri.stack.SendsBadInput;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Security headers, the body limit, a public OpenAPI and literal wildcards in name searches. */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class HeadersAndLimitsTest {

  @TestHTTPResource("/")
  URI app;

  /**
   * Paths a permission check and the router could read differently never reach an endpoint, a page
   * or the OpenAPI document: 400 problem+json before authentication, with or without a token. Sent
   * with java.net.http, which keeps the path as written (REST Assured would encode it).
   */
  @Test
  void givenAnAmbiguousPathSpelling_whenAnyEndpoint_then400ProblemBeforeAnything()
      throws Exception {
    String id = Api.createContact(TestData.contact());
    String base = app.toString().replaceAll("/$", "");
    HttpClient client = HttpClient.newHttpClient();
    for (String path :
        List.of(
            "/api/v1/contacts;x=1",
            "/api/v1/contacts/" + id + ";",
            "//api/v1/contacts/" + id,
            "/./api/v1/contacts/" + id,
            "/%61pi/v1/contacts/" + id,
            "/api/v1/contacts%2F" + id,
            "/api/v1/%2e%2e/v1/contacts/" + id,
            "/privacy-notice;x",
            "/q/openapi;x")) {
      for (String token : List.of("", Tokens.bearer("sales"))) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (!token.isEmpty()) {
          request.header("Authorization", token);
        }
        HttpResponse<String> answer =
            client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElse(""))
            .as(path)
            .startsWith("application/problem+json");
        assertThat(answer.body()).as(path).contains("ambiguous-path").doesNotContain("email");
      }
    }
    // the plain spelling still works
    as("sales").get("/api/v1/contacts/{id}", id).then().statusCode(200);
  }

  private static ValidatableResponse secured(ValidatableResponse response) {
    return response
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer")
        .header(
            "Content-Security-Policy",
            allOf(
                startsWith("default-src 'self';"),
                containsString("frame-ancestors 'none'"),
                not(containsString("http:")),
                not(containsString("https:"))));
  }

  @Test
  void givenHtmlPage_whenPrivacyNotice_thenSecurityHeadersAndNoInlineStyle() {
    DemoProfile.put();
    secured(given().queryParam("lang", "en").get("/privacy-notice").then().statusCode(200))
        .body(not(containsString("<style")))
        .body(containsString("href=\"privacy-notice.css\""));
    secured(given().get("/privacy-notice.css").then().statusCode(200));
  }

  @Test
  void givenApiAnswerWithPersonalData_whenContacts_thenNoStoreAndSecurityHeaders() {
    String id = Api.createContact(TestData.contact());

    secured(as("sales").get("/api/v1/contacts/{id}", id).then().statusCode(200))
        .header("Cache-Control", containsString("no-store"));
  }

  @Test
  void givenCsvDownload_whenExport_thenAttachmentNoStoreAndSecurityHeaders() {
    DemoProfile.put();
    Map<String, Object> person = TestData.contact();
    person.put(
        "postalAddress", Map.of("street", "Katu 1", "postalCode", "00100", "city", "Helsinki"));
    String id = Api.createContact(person);
    Map<String, Object> consent = new HashMap<>();
    consent.put("kind", "DIRECT_MARKETING_CONSENT");
    consent.put("channel", "POST");
    consent.put("granted", true);
    consent.put(
        "source",
        Map.of("channel", "EMAIL", "collectedAt", Instant.now().minusSeconds(1).toString()));
    as("sales").body(consent).post("/api/v1/contacts/{id}/preferences", id).then().statusCode(201);

    secured(
            as("sales")
                .body(Map.of("purpose", "MAILING_LABELS", "recipient", "Painotalo Oy"))
                .post("/api/v1/exports")
                .then()
                .statusCode(200))
        .header("Content-Disposition", startsWith("attachment;"))
        .header("Cache-Control", containsString("no-store"));
  }

  @SendsBadInput("a body over 1 MiB")
  @Test
  void givenBodyOverOneMiB_whenPost_then413ProblemJson() {
    Map<String, Object> person = TestData.contact();
    person.put("notes", "x".repeat(1024 * 1024 + 1));

    secured(
        as("sales")
            .body(person)
            .post("/api/v1/contacts")
            .then()
            .statusCode(413)
            .contentType(startsWith("application/problem+json"))
            .body("status", equalTo(413)));
  }

  @Test
  void givenNoLogin_whenOpenApi_thenPublic() {
    // Swagger UI is left out of the prod build (always-include=false), which deploy/e2e-tests runs
    given().get("/q/openapi").then().statusCode(200);
  }

  @Test
  void givenPercentAndUnderscore_whenContactSearch_thenMatchedLiterally() {
    String marker = TestData.unique();
    Map<String, Object> percent = TestData.contact();
    percent.put("lastName", "Pro%sentti" + marker);
    Map<String, Object> underscore = TestData.contact();
    underscore.put("lastName", "Ala_viiva" + marker);
    Map<String, Object> plain = TestData.contact();
    plain.put("lastName", "ProXsentti" + marker);
    Map<String, Object> plainToo = TestData.contact();
    plainToo.put("lastName", "AlaXviiva" + marker);
    String percentId = Api.createContact(percent);
    String underscoreId = Api.createContact(underscore);
    Api.createContact(plain);
    Api.createContact(plainToo);

    assertThat(contactIds("o%sentti" + marker)).containsExactly(percentId);
    assertThat(contactIds("a_viiva" + marker)).containsExactly(underscoreId);
  }

  @Test
  void givenPercentAndUnderscore_whenOrganisationSearch_thenMatchedLiterally() {
    String marker = TestData.unique();
    Map<String, Object> percent = TestData.organisation(TestData.businessId());
    percent.put("name", "Sata%Oy " + marker);
    Map<String, Object> plain = TestData.organisation(TestData.businessId());
    plain.put("name", "SataXOy " + marker);
    Map<String, Object> underscore = TestData.organisation(TestData.businessId());
    underscore.put("name", "Sata_Oy " + marker);
    String percentId = created(percent);
    created(plain);
    String underscoreId = created(underscore);

    assertThat(organisationIds("sata%oy " + marker)).containsExactly(percentId);
    assertThat(organisationIds("sata_oy " + marker)).containsExactly(underscoreId);
  }

  private static String created(Map<String, Object> organisation) {
    return as("sales")
        .body(organisation)
        .post("/api/v1/organisations")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static List<String> contactIds(String name) {
    return as("sales")
        .queryParam("name", name)
        .get("/api/v1/contacts")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id", String.class);
  }

  private static List<String> organisationIds(String name) {
    return as("sales")
        .queryParam("name", name)
        .get("/api/v1/organisations")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id", String.class);
  }
}
